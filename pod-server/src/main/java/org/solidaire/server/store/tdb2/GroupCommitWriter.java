// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * The one thread that writes to the database. Writes that arrive together are applied as one batch, whose changes
 * are appended to the {@link Journal} and synced before its writers are answered; the database's own transaction
 * stays open over many batches (an epoch) and commits once, when the epoch is large or old enough, when no write
 * has come for a moment, or when a query or a compaction needs the database whole.
 *
 * <p>A TDB2 commit copies every B+tree block the transaction changed and syncs every index file, whatever it holds:
 * committing each batch cost a small write tens of kilobytes of disk and most of the writer's time in the kernel.
 * Reads see the journaled batches the database has not committed yet through {@link #pending()}, laid over what
 * their read transaction sees ({@link PendingView}); the database records the last epoch it holds, so a read never
 * counts a batch twice or misses one.
 *
 * <p>Writes are applied in arrival order, each seeing those before it, so preconditions keep their meaning. A write
 * refused with a {@link ProblemException} has changed nothing (see {@link WriteTransaction}) and does not affect the
 * others; any other failure aborts the transaction, the epoch's journaled batches are applied again, and the
 * batch's writes are retried one by one so that only the faulty one fails.
 */
final class GroupCommitWriter {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final int MAX_BATCH = 64;
    private static final long WRITE_TIMEOUT_SECONDS = 60;
    /** A batch with a write changing this many quads or more is committed at once rather than journaled. */
    private static final int DIRECT_COMMIT_CHANGES = 5_000;

    private final DatasetGraph dataset;
    private final BiFunction<DatasetGraph, ContainerTouches, WriteTransaction> transactions;
    private final Consumer<WriteTransaction> committed;
    private final Journal journal;
    private final EpochPolicy policy;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Delta.Builder changes = new Delta.Builder();
    private final Thread thread;
    /** The journaled batches of the open epoch, which the database does not hold until it commits. */
    private volatile JournaledBatches pending;
    private volatile boolean closed;
    private boolean open;
    private long epoch;
    private long epochStarted;
    private long epochChanges;
    private long lastBatch;

    /**
     * When an epoch commits: after {@code maxChanges} quad changes, {@code maxAge} after its first batch, or
     * {@code idle} after its last batch when no write has come since.
     */
    record EpochPolicy(long maxChanges, Duration maxAge, Duration idle) {

        /** About what a journaled quad change takes on the heap, with its terms, until its epoch commits. */
        private static final long BYTES_PER_CHANGE = 250;
        private static final long MIN_CHANGES = 20_000;
        private static final long MAX_CHANGES = 1_000_000;

        /**
         * Epochs of up to four seconds, holding as many changed quads as an eighth of the heap takes, shared among
         * the store's databases (between 20,000 and a million each). A commit copies each B+tree block the epoch
         * changed once, however many of its changes fell in it, so longer epochs copy less; the journaled batches
         * are held in memory until then, for reads to see.
         */
        static EpochPolicy forHeap(long maxHeapBytes, int databases) {
            long changes = maxHeapBytes / 8 / BYTES_PER_CHANGE / databases;
            return new EpochPolicy(Math.max(MIN_CHANGES, Math.min(MAX_CHANGES, changes)), Duration.ofSeconds(4),
                    Duration.ofMillis(10));
        }
    }

    /**
     * Starts the writer; the database must hold every journaled batch already ({@link #recover}).
     *
     * @param transactions makes the steps of one write over the dataset it must change, in a batch whose
     *     containers it touches
     */
    GroupCommitWriter(DatasetGraph dataset, BiFunction<DatasetGraph, ContainerTouches, WriteTransaction> transactions,
            Consumer<WriteTransaction> committed, Journal journal, EpochPolicy policy) {
        this.dataset = dataset;
        this.transactions = transactions;
        this.committed = committed;
        this.journal = journal;
        this.policy = policy;
        this.epoch = Txn.calculateRead(dataset, () -> committedEpoch(dataset)) + 1;
        this.pending = JournaledBatches.none(epoch);
        this.thread = new Thread(this::run, "solidaire-store-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Applies the journaled batches that the database does not hold, after a crash, and empties the journal.
     *
     * @return how many batches were applied
     */
    static int recover(DatasetGraph dataset, Journal journal) throws IOException {
        List<Delta> records = journal.read();
        long held = Txn.calculateRead(dataset, () -> committedEpoch(dataset));
        List<Delta> missing = records.stream().filter(delta -> delta.epoch() > held).toList();
        if (!missing.isEmpty()) {
            Txn.executeWrite(dataset, () -> {
                missing.forEach(delta -> apply(dataset, delta));
                setCommittedEpoch(dataset, missing.get(missing.size() - 1).epoch());
            });
            LOG.info("Applied {} journaled batches of writes that the database had not committed", missing.size());
        }
        journal.clear();
        return missing.size();
    }

    /** The last epoch the database holds, as a read transaction sees it; 0 for none. */
    static long committedEpoch(DatasetGraph dataset) {
        Iterator<Quad> quads = dataset.find(Internal.store, Internal.store, Internal.committedEpoch, Node.ANY);
        return quads.hasNext() ? Long.parseLong(quads.next().getObject().getLiteralLexicalForm()) : 0;
    }

    private static void setCommittedEpoch(DatasetGraph dataset, long epoch) {
        dataset.deleteAny(Internal.store, Internal.store, Internal.committedEpoch, Node.ANY);
        dataset.add(Internal.store, Internal.store, Internal.committedEpoch,
                NodeFactory.createLiteralString(Long.toString(epoch)));
    }

    private static void apply(DatasetGraph dataset, Delta delta) {
        delta.graphs().values().forEach(quads -> quads.forEach((quad, present) -> {
            if (present) {
                dataset.add(quad);
            } else {
                dataset.delete(quad);
            }
        }));
    }

    /** The journaled batches the database may not hold yet: those of the open epoch. */
    JournaledBatches pending() {
        return pending;
    }

    /** Runs a write in the next batch and returns its result once it is journaled, or throws its failure. */
    <T> T submit(Function<WriteTransaction, T> work) {
        return await(enqueue(new Pending<>(work, false)), WRITE_TIMEOUT_SECONDS);
    }

    /**
     * Runs work that manages its own transactions, such as a compaction, in its turn among the writes and with
     * none beside it, once the database has committed every write before it: writes that arrive meanwhile wait,
     * as they would for a long commit.
     */
    <T> T runAlone(Supplier<T> work, long timeoutSeconds) {
        return await(enqueue(new Pending<T>(tx -> work.get(), true)), timeoutSeconds);
    }

    /** Returns once the database has committed every write journaled before the call. */
    void flush() {
        if (!pending.isEmpty()) {
            runAlone(() -> null, WRITE_TIMEOUT_SECONDS);
        }
    }

    private <T> Pending<T> enqueue(Pending<T> pending) {
        if (closed) {
            throw new IllegalStateException("The store is closed");
        }
        queue.add(pending);
        return pending;
    }

    private static <T> T await(Pending<T> pending, long timeoutSeconds) {
        try {
            return pending.result.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw ProblemException.of(503, "Service Unavailable", "The store did not complete this write within "
                    + timeoutSeconds + " seconds; it may still happen. Try again later.")
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
                Pending<?> first = queue.poll(pollMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (open && (closed || idle() || epochFull())) {
                        commitEpoch();
                    }
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
                            applyBatch(batch.subList(from, i));
                        }
                        if (open) {
                            commitEpoch();
                        }
                        batch.get(i).runAlone();
                        from = i + 1;
                    }
                }
                if (from < batch.size()) {
                    applyBatch(batch.subList(from, batch.size()));
                }
                if (open && epochFull()) {
                    commitEpoch();
                }
                // The batch holds its writes' content, a large document's whole graph maybe: let it go.
                current = List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                survive(current, e);
            }
        }
        if (open) {
            commitEpoch();
        }
    }

    /**
     * Outlives a failure that a batch's own handling did not take, out of memory included (another thread may have
     * used the heap up), or every later write would wait forever. The writes it held are failed, the open epoch is
     * started again from its journaled batches, since the failure may have left its transaction half restarted, and
     * each step may fail again while memory is short without stopping the writer.
     */
    private void survive(List<Pending<?>> current, Throwable failure) {
        try {
            current.forEach(p -> p.fail(asFailure(failure)));
        } catch (RuntimeException | Error e) {
            // The writes not failed here wait for their time limit and are answered 503.
        }
        if (open) {
            try {
                restartEpoch();
            } catch (RuntimeException | Error e) {
                reportFailure(e);
            }
        }
        reportFailure(failure);
    }

    /** How long to wait for a write: with an epoch open, until it is idle long enough to commit. */
    private long pollMillis() {
        if (!open) {
            return 100;
        }
        return Math.max(0, Math.min(100, policy.idle().toMillis() - (System.nanoTime() - lastBatch) / 1_000_000));
    }

    private boolean idle() {
        return System.nanoTime() - lastBatch >= policy.idle().toNanos();
    }

    private boolean epochFull() {
        return epochChanges >= policy.maxChanges()
                || System.nanoTime() - epochStarted >= policy.maxAge().toNanos();
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

    /**
     * Opens the epoch's transaction. It holds the epoch's journaled batches, if any: a transaction opened again
     * after a failure must keep them, since their writers were answered.
     */
    private void begin() {
        dataset.begin(TxnType.WRITE);
        open = true;
        epochStarted = System.nanoTime();
        changes.clear();
        pending.all().forEach(delta -> apply(dataset, delta));
        epochChanges = pending.all().stream().mapToLong(Delta::size).sum();
    }

    /**
     * Applies a batch in the open transaction, journals it, and answers its writers. A batch holding a write that
     * changes many quads is committed at once instead: the commit costs little beside that write's size, and
     * journaling it would only add to it. Many small writes are journaled however many quads they change together,
     * since each commit copies every index block they touched.
     */
    private void applyBatch(List<Pending<?>> batch) {
        if (!open) {
            begin();
        }
        List<Pending<?>> applied = new ArrayList<>();
        Delta delta;
        boolean direct;
        try {
            DatasetGraph recording = new RecordingDataset(dataset, changes);
            ContainerTouches touches = new ContainerTouches();
            int largest = 0;
            for (Pending<?> p : batch) {
                int before = changes.size();
                if (p.apply(transactions.apply(recording, touches))) {
                    applied.add(p);
                }
                largest = Math.max(largest, changes.size() - before);
            }
            touches.settleAll();
            direct = largest >= DIRECT_COMMIT_CHANGES;
            if (direct) {
                changes.clear();
                delta = null;
            } else {
                delta = changes.take(epoch);
                if (!delta.isEmpty()) {
                    journal.append(delta);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            batch.stream().filter(p -> p.tx != null).forEach(p -> p.tx.afterAbort());
            restartEpoch();
            RuntimeException failure = e instanceof IOException io ? new UncheckedIOException(io) : asFailure(e);
            retryOneByOne(batch, failure);
            return;
        }
        if (direct) {
            if (!commitEpoch()) {
                applied.forEach(p -> p.tx.afterAbort());
                batch.forEach(p -> p.fail(new IllegalStateException("The database could not commit the write")));
                return;
            }
        } else if (!delta.isEmpty()) {
            epochChanges += delta.size();
            pending = pending.with(delta);
        }
        lastBatch = System.nanoTime();
        for (Pending<?> p : applied) {
            p.tx.afterCommit();
            committed.accept(p.tx);
        }
        batch.forEach(Pending::complete);
    }

    /**
     * Aborts the open transaction and opens another holding the epoch's journaled batches again: their writers
     * were answered, so they must stay.
     */
    private void restartEpoch() {
        try {
            dataset.abort();
        } catch (RuntimeException e) {
            LOG.debug("The failed transaction was already over", e);
        }
        dataset.end();
        open = false;
        begin();
    }

    private void retryOneByOne(List<Pending<?>> batch, RuntimeException failure) {
        if (batch.size() == 1) {
            batch.get(0).fail(failure);
            return;
        }
        LOG.warn("A batch of {} writes failed; retrying them one by one", batch.size(), failure);
        // A refusal may have depended on a write of the aborted batch, so every write is tried again.
        for (Pending<?> p : batch) {
            p.reset();
            applyBatch(List.of(p));
        }
    }

    /**
     * Commits the open epoch: the database then holds its batches, the journal is emptied, and reads no longer
     * need them laid over. A failed commit keeps the epoch open with its journaled batches, to commit later, and
     * returns false.
     */
    private boolean commitEpoch() {
        try {
            setCommittedEpoch(dataset, epoch);
            dataset.commit();
            dataset.end();
        } catch (RuntimeException | Error e) {
            reportFailure(e);
            restartEpoch();
            return false;
        }
        open = false;
        epoch++;
        pending = JournaledBatches.none(epoch);
        try {
            journal.clear();
        } catch (IOException e) {
            // The records left behind are of committed epochs, which opening the store again skips.
            LOG.warn("Could not empty the journal", e);
        }
        return true;
    }

    void close() {
        closed = true;
        // Wakes the writer, which commits what it holds once the queue is empty, and stops.
        queue.add(new Pending<>(tx -> null, true));
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
