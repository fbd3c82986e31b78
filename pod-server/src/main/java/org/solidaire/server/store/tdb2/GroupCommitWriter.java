// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * The one thread that writes to the database, committing the writes that arrive together in one transaction.
 *
 * <p>A TDB2 commit costs tens of file syncs whatever it holds, and TDB2 runs one write transaction at a time
 * anyway, so concurrent writers wait for the current commit and then share the next one. Writes are applied in
 * arrival order, each seeing those before it, so preconditions keep their meaning. A write refused with a
 * {@link ProblemException} has changed nothing (see {@link WriteTransaction}) and does not affect the others;
 * any other failure aborts the batch, whose writes are then retried one by one so that only the faulty one
 * fails.
 */
final class GroupCommitWriter {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final int MAX_BATCH = 64;
    private static final long WRITE_TIMEOUT_SECONDS = 60;

    private final DatasetGraph dataset;
    private final Supplier<WriteTransaction> transactions;
    private final Consumer<WriteTransaction> committed;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    GroupCommitWriter(DatasetGraph dataset, Supplier<WriteTransaction> transactions,
            Consumer<WriteTransaction> committed) {
        this.dataset = dataset;
        this.transactions = transactions;
        this.committed = committed;
        this.thread = new Thread(this::run, "solidaire-store-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Runs a write in the next commit and returns its result once it is durable, or throws its failure. */
    <T> T submit(Function<WriteTransaction, T> work) {
        return await(enqueue(new Pending<>(work, false)), WRITE_TIMEOUT_SECONDS, "Read the resource before writing "
                + "again, or repeat the write with If-Match or If-None-Match.");
    }

    /**
     * Runs work that manages its own transactions, such as a compaction, in its turn among the writes and with
     * none beside it: writes that arrive meanwhile wait, as they would for a long commit.
     */
    <T> T runAlone(Supplier<T> work, long timeoutSeconds) {
        return await(enqueue(new Pending<T>(tx -> work.get(), true)), timeoutSeconds, "Try again later.");
    }

    private <T> Pending<T> enqueue(Pending<T> pending) {
        if (closed) {
            throw new IllegalStateException("The store is closed");
        }
        queue.add(pending);
        return pending;
    }

    private static <T> T await(Pending<T> pending, long timeoutSeconds, String advice) {
        try {
            return pending.result.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // The write stays queued: it may still be committed, once, after this answer.
            throw ProblemException.of(503, "Service Unavailable", "The store did not commit this write within "
                    + timeoutSeconds + " seconds; it is still queued and may be committed later. " + advice)
                    .withHeader("Retry-After", "5");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a write to commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        List<Pending<?>> current = List.of();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending<?>> batch = new ArrayList<>();
                current = batch;
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                int from = 0;
                for (int i = 0; i < batch.size(); i++) {
                    if (batch.get(i).alone) {
                        if (i > from) {
                            commit(batch.subList(from, i));
                        }
                        batch.get(i).runAlone();
                        from = i + 1;
                    }
                }
                if (from < batch.size()) {
                    commit(batch.subList(from, batch.size()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // The writer must outlive any failure, out of memory included, or every later write would wait
                // forever: the writes it held are failed, and even logging may fail.
                current.forEach(pending -> pending.fail(asFailure(e)));
                reportFailure(e);
            }
        }
    }

    /** A failure to hand to a writer: an error, such as running out of memory, becomes an exception. */
    private static RuntimeException asFailure(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("The write failed", failure);
    }

    private static void reportFailure(Throwable failure) {
        try {
            LOG.error("The store writer failed", failure);
        } catch (RuntimeException | Error e) {
            // Nothing is left to report with; the writer goes on.
        }
    }

    private void commit(List<Pending<?>> batch) {
        List<Pending<?>> applied = new ArrayList<>();
        dataset.begin(TxnType.WRITE);
        try {
            for (Pending<?> pending : batch) {
                if (pending.apply(transactions.get())) {
                    applied.add(pending);
                }
            }
            dataset.commit();
        } catch (RuntimeException | Error e) {
            dataset.abort();
            batch.stream().filter(p -> p.tx != null).forEach(p -> p.tx.afterAbort());
            retryOneByOne(batch, asFailure(e));
            return;
        } finally {
            dataset.end();
        }
        for (Pending<?> pending : applied) {
            pending.tx.afterCommit();
            committed.accept(pending.tx);
        }
        batch.forEach(Pending::complete);
    }

    private void retryOneByOne(List<Pending<?>> batch, RuntimeException failure) {
        if (batch.size() == 1) {
            batch.get(0).fail(failure);
            return;
        }
        LOG.warn("A batch of {} writes failed; retrying them one by one", batch.size(), failure);
        // A refusal may have depended on a write of the aborted batch, so every write is tried again.
        for (Pending<?> pending : batch) {
            pending.reset();
            commit(List.of(pending));
        }
    }

    void close() {
        closed = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A write waiting for its commit. */
    private static final class Pending<T> {

        private final Function<WriteTransaction, T> work;
        private final boolean alone;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private WriteTransaction tx;
        private T value;
        private ProblemException refusal;

        Pending(Function<WriteTransaction, T> work, boolean alone) {
            this.work = work;
            this.alone = alone;
        }

        /** Runs work that is no write of a batch, outside any transaction of the writer's. */
        void runAlone() {
            try {
                result.complete(work.apply(null));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }

        /** Applies the write; false when it was refused, which changed nothing. */
        boolean apply(WriteTransaction transaction) {
            tx = transaction;
            try {
                value = work.apply(transaction);
                return true;
            } catch (ProblemException e) {
                refusal = e;
                return false;
            }
        }

        void reset() {
            tx = null;
            value = null;
            refusal = null;
        }

        void complete() {
            if (refusal != null) {
                result.completeExceptionally(refusal);
            } else {
                result.complete(value);
            }
        }

        void fail(RuntimeException failure) {
            result.completeExceptionally(failure);
        }
    }
}
