// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The journaled batches of an epoch as reads take them: each read keeps to the batches there when it began. */
class JournaledBatchesTest {

    private static final Node A = NodeFactory.createURI("http://localhost:1/p/a");
    private static final Node B = NodeFactory.createURI("http://localhost:1/p/b");
    private static final Node VALUE = NodeFactory.createURI("http://example.org/value");

    @Test
    void theChangesToAGraphComeNewestFirstFromTheBatchesThatMadeThem() {
        JournaledBatches batches = JournaledBatches.none(3)
                .with(batch(3, A, "1"))
                .with(batch(3, B, "2"))
                .with(batch(3, A, "3"));

        assertAll(
                () -> assertEquals(List.of("3", "1"), values(batches, A)),
                () -> assertEquals(List.of("2"), values(batches, B)),
                () -> assertEquals(List.of(), values(batches, NodeFactory.createURI("http://localhost:1/p/c"))),
                () -> assertEquals(3, batches.all().size()),
                () -> assertEquals(3, batches.epoch()));
    }

    @Test
    void batchesAddedAfterAReadTookThemAreNotSeenByIt() {
        JournaledBatches taken = JournaledBatches.none(1).with(batch(1, A, "1"));

        JournaledBatches later = taken.with(batch(1, A, "2")).with(batch(1, B, "3"));

        assertAll(
                () -> assertEquals(List.of("1"), values(taken, A)),
                () -> assertEquals(List.of(), values(taken, B)),
                () -> assertEquals(List.of("2", "1"), values(later, A)),
                () -> assertEquals(List.of("3"), values(later, B)));
    }

    @Test
    void aBatchOfAnotherEpochIsRefused() {
        JournaledBatches none = JournaledBatches.none(2);

        assertTrue(none.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> none.with(batch(1, A, "1")));
    }

    private static Delta batch(long epoch, Node graph, String value) {
        Delta.Builder builder = new Delta.Builder();
        builder.added(Quad.create(graph, graph, VALUE, NodeFactory.createLiteralString(value)));
        return builder.take(epoch);
    }

    private static List<String> values(JournaledBatches batches, Node graph) {
        List<String> values = new ArrayList<>();
        batches.changesTo(graph, (Map<Quad, Boolean> quads) -> quads.keySet()
                .forEach(quad -> values.add(quad.getObject().getLiteralLexicalForm())));
        return values;
    }
}
