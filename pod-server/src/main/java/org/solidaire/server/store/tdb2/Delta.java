// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * What one batch of writes changed in the database, quad by quad: for each quad it added or deleted, whether the
 * quad is there after the batch. Applying a delta to a state that already holds it changes nothing.
 *
 * @param epoch the database commit the batch belongs to
 * @param graphs the changed quads, by graph; each quad maps to whether it is present after the batch
 */
record Delta(long epoch, Map<Node, Map<Quad, Boolean>> graphs) {

    /** Made by {@link Builder#take}, which hands its maps over and keeps none of them. */
    Delta {
        graphs.replaceAll((graph, quads) -> Collections.unmodifiableMap(quads));
        graphs = Collections.unmodifiableMap(graphs);
    }

    boolean isEmpty() {
        return graphs.isEmpty();
    }

    /** How many quads it changes. */
    int size() {
        return graphs.values().stream().mapToInt(Map::size).sum();
    }

    /** Collects the changes of a batch as it makes them; the last change of a quad is the one that counts. */
    static final class Builder {

        private Map<Node, Map<Quad, Boolean>> graphs = new LinkedHashMap<>();

        void added(Quad quad) {
            graphs.computeIfAbsent(quad.getGraph(), g -> new LinkedHashMap<>()).put(quad, Boolean.TRUE);
        }

        void deleted(Quad quad) {
            graphs.computeIfAbsent(quad.getGraph(), g -> new LinkedHashMap<>()).put(quad, Boolean.FALSE);
        }

        /** How many quads the changes so far touch. */
        int size() {
            return graphs.values().stream().mapToInt(Map::size).sum();
        }

        /** The changes so far, as a delta of the epoch; the builder starts again empty. */
        Delta take(long epoch) {
            Delta delta = new Delta(epoch, graphs);
            graphs = new LinkedHashMap<>();
            return delta;
        }

        /** Forgets the changes so far. */
        void clear() {
            graphs.clear();
        }
    }
}
