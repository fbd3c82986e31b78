// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;

/**
 * When the database commits what the writer applied: many small writes arriving together stay in the journal
 * until their epoch ends, while one large write is committed at once, and an epoch holds as many changes as the
 * heap affords.
 */
class GroupCommitWriterTest {

    private static final String BASE = "http://localhost:1/";
    private static final Node VALUE = NodeFactory.createURI("http://example.org/value");
    /** The database commits only when asked to, or for a large write. */
    private static final GroupCommitWriter.EpochPolicy NEVER = new GroupCommitWriter.EpochPolicy(Long.MAX_VALUE,
            Duration.ofDays(1), Duration.ofDays(1));

    private Path dir;
    private DatasetGraph dataset;
    private Journal journal;
    private GroupCommitWriter writer;
    private final ExecutorService clients = Executors.newFixedThreadPool(40);

    @BeforeEach
    void open() throws IOException {
        dir = Files.createTempDirectory("writer");
        dataset = DatabaseMgr.createDatasetGraph();
        journal = Journal.open(dir.resolve("journal"));
        Layout layout = new Layout(BASE);
        BinaryFiles files = BinaryFiles.open(dir.resolve("binaries"), dir.resolve("staging"));
        writer = new GroupCommitWriter(dataset,
                (target, touches) -> new WriteTransaction(target, layout, files, touches), tx -> { }, journal, NEVER);
    }

    @AfterEach
    void close() throws IOException {
        writer.close();
        clients.shutdownNow();
        journal.close();
    }

    @Test
    void manySmallWritesInOneBatchAreJournaledThoughTogetherTheyChangeManyQuads() throws Exception {
        writer.submit(tx -> tx.put(ResourcePath.parse("/p/"), new Content.Rdf(GraphFactory.createGraphMem()),
                Precondition.NONE));
        List<Graph> documents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            documents.add(document("doc" + i, 300));
        }
        List<CompletableFuture<?>> writes = writeTogether(documents);

        writes.forEach(CompletableFuture::join);

        assertAll(
                () -> assertTrue(Files.size(dir.resolve("journal")) > 0, "9,000 changes in the journal"),
                () -> assertEquals(0, Txn.calculateRead(dataset, () -> GroupCommitWriter.committedEpoch(dataset)),
                        "no epoch committed"));
    }

    @Test
    void aBatchWithOneLargeWriteIsCommittedAtOnce() throws Exception {
        writer.submit(tx -> tx.put(ResourcePath.parse("/p/"), new Content.Rdf(GraphFactory.createGraphMem()),
                Precondition.NONE));
        List<CompletableFuture<?>> writes = writeTogether(List.of(document("doc0", 100), document("doc1", 100),
                document("doc2", 5_000), document("doc3", 100)));

        writes.forEach(CompletableFuture::join);

        assertEquals(1, Txn.calculateRead(dataset, () -> GroupCommitWriter.committedEpoch(dataset)));
    }

    @Test
    void aWriteSeesTheContainerChangedByTheWritesOfItsBatchBeforeIt() throws Exception {
        Content empty = new Content.Rdf(GraphFactory.createGraphMem());
        writer.submit(tx -> tx.put(ResourcePath.parse("/p/"), empty, Precondition.NONE));
        List<String> seen = new ArrayList<>();
        Function<String, Function<WriteTransaction, ?>> postSeeing = member -> tx -> tx.post(
                ResourcePath.parse("/p/"), current -> seen.add(current.orElseThrow().version()),
                ResourcePath.parse("/p/" + member), empty, Precondition.NONE);
        writer.submit(postSeeing.apply("first"));

        together(List.of(tx -> tx.put(ResourcePath.parse("/p/a"), empty, Precondition.NONE), postSeeing.apply("b"),
                tx -> tx.put(ResourcePath.parse("/p/c"), empty, Precondition.NONE), postSeeing.apply("d")))
                .forEach(CompletableFuture::join);
        writer.submit(postSeeing.apply("last"));

        assertEquals(4, Set.copyOf(seen).size(), "a new version of the container after each member: " + seen);
    }

    @Test
    void anEpochHoldsAnEighthOfTheHeapSharedAmongTheDatabases() {
        long mebibyte = 1L << 20;
        assertAll(
                () -> assertEquals(201_326, GroupCommitWriter.EpochPolicy.forHeap(384 * mebibyte, 1).maxChanges()),
                () -> assertEquals(536_870, GroupCommitWriter.EpochPolicy.forHeap(2048 * mebibyte, 2).maxChanges()),
                () -> assertEquals(20_000, GroupCommitWriter.EpochPolicy.forHeap(32 * mebibyte, 1).maxChanges()),
                () -> assertEquals(1_000_000,
                        GroupCommitWriter.EpochPolicy.forHeap(16_384 * mebibyte, 1).maxChanges()),
                () -> assertEquals(Duration.ofSeconds(4),
                        GroupCommitWriter.EpochPolicy.forHeap(384 * mebibyte, 1).maxAge()));
    }

    /**
     * Submits writes of small documents while the writer is held, so that they arrive together and form one batch,
     * then lets it go on.
     */
    private List<CompletableFuture<?>> writeTogether(List<Graph> documents) throws InterruptedException {
        List<Function<WriteTransaction, ?>> works = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            ResourcePath path = ResourcePath.parse("/p/doc" + i);
            Graph graph = documents.get(i);
            works.add(tx -> tx.put(path, new Content.Rdf(graph), Precondition.NONE));
        }
        return together(works);
    }

    /** Submits writes, in this order, while the writer is held, so that they form one batch; then lets it go on. */
    private List<CompletableFuture<?>> together(List<Function<WriteTransaction, ?>> works)
            throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> holder = CompletableFuture.runAsync(() -> writer.submit(tx -> {
            held.countDown();
            await(release);
            return null;
        }), clients);
        assertTrue(held.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<?>> writes = new ArrayList<>(List.of(holder));
        for (Function<WriteTransaction, ?> work : works) {
            CountDownLatch submitting = new CountDownLatch(1);
            writes.add(CompletableFuture.runAsync(() -> {
                submitting.countDown();
                writer.submit(work);
            }, clients));
            assertTrue(submitting.await(10, TimeUnit.SECONDS));
            // The client queues its write right after counting down, before the next one's.
            Thread.sleep(100);
        }
        release.countDown();
        return writes;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Graph document(String name, int triples) {
        Graph graph = GraphFactory.createGraphMem();
        for (int i = 0; i < triples; i++) {
            graph.add(NodeFactory.createURI(BASE + "p/" + name + "#r" + i), VALUE,
                    NodeFactory.createLiteralString("v" + i));
        }
        return graph;
    }
}
