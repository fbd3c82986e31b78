// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The journaled batches of the open epoch, which the database does not hold until it commits, as a read takes them:
 * oldest first, with the batches that changed a graph found without looking through the others. An epoch may hold
 * hundreds of batches, and a read asks about one resource's graphs.
 *
 * <p>The writer makes one of these for each batch. Those of one epoch share an index of graphs, to which the writer
 * only adds, and each keeps to the batches it was made with.
 */
final class JournaledBatches {

    private final long epoch;
    private final List<Delta> batches;
    /** For each graph, the positions in the epoch of the batches that changed it, in order. */
    private final Map<Node, List<Integer>> byGraph;

    private JournaledBatches(long epoch, List<Delta> batches, Map<Node, List<Integer>> byGraph) {
        this.epoch = epoch;
        this.batches = batches;
        this.byGraph = byGraph;
    }

    /** None yet, in an epoch. */
    static JournaledBatches none(long epoch) {
        return new JournaledBatches(epoch, List.of(), new ConcurrentHashMap<>());
    }

    /** These and one more batch of the same epoch; only the writer calls this, on the newest. */
    JournaledBatches with(Delta batch) {
        if (batch.epoch() != epoch) {
            throw new IllegalArgumentException("A batch of epoch " + batch.epoch() + " among those of " + epoch);
        }
        int position = batches.size();
        for (Node graph : batch.graphs().keySet()) {
            byGraph.merge(graph, List.of(position), (before, added) -> {
                List<Integer> positions = new ArrayList<>(before.size() + 1);
                positions.addAll(before);
                positions.add(position);
                return List.copyOf(positions);
            });
        }
        List<Delta> more = new ArrayList<>(batches.size() + 1);
        more.addAll(batches);
        more.add(batch);
        return new JournaledBatches(epoch, List.copyOf(more), byGraph);
    }

    /** The epoch the batches belong to. */
    long epoch() {
        return epoch;
    }

    boolean isEmpty() {
        return batches.isEmpty();
    }

    /** The batches, oldest first. */
    List<Delta> all() {
        return batches;
    }

    /** Hands over, newest first, the changes that each batch made to a graph. */
    void changesTo(Node graph, Consumer<Map<Quad, Boolean>> newestFirst) {
        List<Integer> positions = byGraph.getOrDefault(graph, List.of());
        for (int i = positions.size() - 1; i >= 0; i--) {
            int position = positions.get(i);
            if (position < batches.size()) {
                newestFirst.accept(batches.get(position).graphs().get(graph));
            }
        }
    }
}
