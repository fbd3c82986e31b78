// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.solidaire.client.PodClient;
import org.solidaire.client.SolidaireClientException;
import org.solidaire.client.importer.PodDocument;

/**
 * Appends documents to pods, several requests at once, each an insert-only N3 Patch: it needs Append alone, and
 * appending a document a pod already holds changes nothing. A failed document does not stop the others.
 */
final class DocumentWriter {

    /** How many failures are shown one by one; the rest are counted. */
    private static final int FAILURES_SHOWN = 20;

    private final PodClient client;
    private final int parallel;
    private final Console console;

    DocumentWriter(PodClient client, int parallel, Console console) {
        this.client = client;
        this.parallel = parallel;
        this.console = console;
    }

    /**
     * Writes every document, each graph built by the thread that sends it, and reports the failures.
     *
     * @return how many documents could not be written
     */
    int write(List<PodDocument> documents) throws InterruptedException {
        List<SolidaireClientException> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicLong done = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, documents.size())));
        try {
            List<Future<?>> pending = new ArrayList<>(documents.size());
            for (PodDocument document : documents) {
                pending.add(workers.submit(() -> {
                    try {
                        client.append(document.iri(), document.graph());
                    } catch (SolidaireClientException e) {
                        failures.add(e);
                    }
                    console.progress("Writing", done.incrementAndGet(), documents.size());
                }));
            }
            for (Future<?> task : pending) {
                await(task);
            }
        } finally {
            workers.shutdownNow();
        }
        report(failures);
        return failures.size();
    }

    private static void await(Future<?> task) throws InterruptedException {
        try {
            task.get();
        } catch (ExecutionException e) {
            // Only an unexpected exception gets here: a refused request is counted as a failure above.
            throw new IllegalStateException("Writing a document failed", e.getCause());
        }
    }

    private void report(List<SolidaireClientException> failures) {
        failures.stream().limit(FAILURES_SHOWN).forEach(e -> console.problem("error: " + Console.describe(e)));
        if (failures.size() > FAILURES_SHOWN) {
            console.problem("error: and " + (failures.size() - FAILURES_SHOWN) + " more documents not written");
        }
    }
}
