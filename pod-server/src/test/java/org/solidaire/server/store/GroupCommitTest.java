// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solidaire.server.store.tdb2.Tdb2Store;

/**
 * The store's single writer survives any failure of a write, even an error, and keeps committing the others; patches
 * applied before their turn never lose a concurrent write.
 */
class GroupCommitTest {

    private static Tdb2Store store;

    @BeforeAll
    static void open() throws IOException {
        Path dir = Files.createTempDirectory("writer");
        store = Tdb2Store.open(dir, "http://localhost:1/");
        store.put(ResourcePath.parse("/p/"), new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aWriteThatRunsOutOfMemoryFailsAloneAndTheNextOneCommits() {
        ResourcePath path = ResourcePath.parse("/p/doc");

        assertThrows(IllegalStateException.class, () -> store.patch(path, Precondition.NONE, graph -> {
            throw new OutOfMemoryError("simulated");
        }));
        var graph = GraphFactory.createGraphMem();
        graph.add(NodeFactory.createURI("http://a"), NodeFactory.createURI("http://b"),
                NodeFactory.createURI("http://c"));
        WriteResult result = store.put(path, new Content.Rdf(graph), Precondition.NONE);

        assertTrue(result.created());
        assertEquals(1, store.graph(path).size());
    }

    @Test
    void concurrentPatchesThatReadWhatTheyChangeLoseNoUpdate() throws Exception {
        ResourcePath path = ResourcePath.parse("/p/counter");
        Node counter = NodeFactory.createURI("http://localhost:1/p/counter#it");
        Node value = NodeFactory.createURI("http://example.org/value");
        store.put(path, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<WriteResult>> increments = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                increments.add(threads.submit(() -> store.patch(path, Precondition.NONE, graph -> {
                    int current = graph.find(counter, value, Node.ANY).nextOptional()
                            .map(t -> Integer.parseInt(t.getObject().getLiteralLexicalForm())).orElse(0);
                    graph.remove(counter, value, Node.ANY);
                    graph.add(counter, value, NodeFactory.createLiteralDT(Integer.toString(current + 1),
                            XSDDatatype.XSDinteger));
                    return graph;
                })));
            }
            for (Future<WriteResult> increment : increments) {
                increment.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdown();
        }

        assertEquals("64", store.graph(path).find(counter, value, Node.ANY).next().getObject()
                .getLiteralLexicalForm());
    }
}
