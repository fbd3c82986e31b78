// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Requests to pods sent several at once, the results kept in the order of what they are about. */
final class Parallel {

    private Parallel() {
    }

    /**
     * Applies a task to every item, at most {@code parallel} at once.
     *
     * @return the results, in the order of the items
     * @throws RuntimeException the first exception a task let through, as it is
     */
    static <T, R> List<R> map(List<T> items, int parallel, Function<T, R> task) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, items.size())));
        try {
            List<Future<R>> pending = new ArrayList<>(items.size());
            for (T item : items) {
                pending.add(workers.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> result : pending) {
                results.add(await(result));
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    private static <R> R await(Future<R> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("A request failed unexpectedly", e.getCause());
        }
    }
}
