// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidaire.server.store.tdb2.Tdb2Store;

/** Compaction writes the store anew, deletes the old files, and keeps every resource, literal and binary as it was. */
class CompactionTest {

    private static final String BASE = "http://localhost:1/";
    private static final ResourcePath POD = ResourcePath.parse("/p/");
    private static final ResourcePath DOC = ResourcePath.parse("/p/notes/doc");
    private static final ResourcePath FILE = ResourcePath.parse("/p/files/data.bin");
    private static final Node SUBJECT = NodeFactory.createURI(BASE + "p/notes/doc#it");
    private static final Node VALUE = NodeFactory.createURI("http://example.org/value");

    private Path dir;
    private Tdb2Store store;

    @BeforeEach
    void open() throws IOException {
        dir = Files.createTempDirectory("compaction");
        store = Tdb2Store.open(dir, BASE);
        store.put(POD, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void compactionReplacesTheDatabaseAndKeepsResourcesAsWritten() throws Exception {
        for (int version = 0; version < 200; version++) {
            store.put(DOC, new Content.Rdf(document(version)), Precondition.NONE);
        }
        byte[] bytes = "binary content".getBytes(StandardCharsets.UTF_8);
        store.put(FILE, StoreFixtures.binary(store, bytes), Precondition.NONE);
        ResourceInfo before = store.info(DOC).orElseThrow();
        List<ResourceInfo> members = store.members(ResourcePath.parse("/p/notes/"));

        Compaction done = store.compact();

        assertAll(
                () -> assertTrue(done.location().endsWith("Data-0002"), done.toString()),
                () -> assertFalse(Files.exists(dir.resolve("tdb2/Data-0001")), "the old generation is deleted"),
                () -> assertTrue(store.graph(DOC).isIsomorphicWith(document(199))),
                () -> assertEquals(before, store.info(DOC).orElseThrow()),
                () -> assertEquals(members, store.members(ResourcePath.parse("/p/notes/"))),
                () -> assertArrayEquals(bytes, StoreFixtures.read(store, FILE)));
    }

    @Test
    void writesDuringACompactionWaitAndCommitAfterIt() throws Exception {
        for (int version = 0; version < 50; version++) {
            store.put(DOC, new Content.Rdf(document(version)), Precondition.NONE);
        }
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Compaction> compaction = CompletableFuture.supplyAsync(() -> {
            started.countDown();
            return store.compact();
        });
        started.await();
        List<CompletableFuture<WriteResult>> writes = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> store.put(ResourcePath.parse("/p/w/" + i),
                        new Content.Rdf(document(i)), Precondition.NONE)))
                .toList();

        compaction.get(60, TimeUnit.SECONDS);
        for (CompletableFuture<WriteResult> write : writes) {
            assertTrue(write.get(60, TimeUnit.SECONDS).created());
        }
        assertEquals(8, store.members(ResourcePath.parse("/p/w/")).size());
    }

    @Test
    void aCompactedStoreOpensAgainWithTheSameContent() throws IOException {
        for (int version = 0; version < 20; version++) {
            store.put(DOC, new Content.Rdf(document(version)), Precondition.NONE);
        }
        store.compact();
        store.put(DOC, new Content.Rdf(document(20)), Precondition.NONE);
        store.close();

        store = Tdb2Store.open(dir, BASE);

        assertTrue(store.graph(DOC).isIsomorphicWith(document(20)));
    }

    /** A document whose literals TDB2 would store by value without the store's care: "01" must stay "01". */
    private static Graph document(int version) {
        Graph graph = GraphFactory.createGraphMem();
        graph.add(SUBJECT, VALUE, NodeFactory.createLiteralDT("0" + version, XSDDatatype.XSDinteger));
        graph.add(SUBJECT, VALUE, NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal));
        graph.add(SUBJECT, NodeFactory.createURI("http://example.org/label"),
                NodeFactory.createLiteralString("version " + version));
        return graph;
    }
}
