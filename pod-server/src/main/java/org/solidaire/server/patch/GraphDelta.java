// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * The triples a patch removes from and adds to a graph, computed before the graph is touched so that a patch either
 * applies whole or leaves the graph as it was.
 */
final class GraphDelta {

    private final List<Triple> removals;
    private final List<Triple> additions;

    private GraphDelta(Collection<Triple> removals, Collection<Triple> additions) {
        this.removals = List.copyOf(removals);
        this.additions = List.copyOf(additions);
    }

    /**
     * The change that deletes some triples of a graph and then inserts others.
     *
     * @param target the graph, which must contain every deletion
     * @param deletions triples of the graph to remove
     * @param insertions triples to add after the removal
     * @return the delta, with no addition of a triple that stays in the graph anyway
     */
    static GraphDelta deleteThenInsert(Graph target, Collection<Triple> deletions, Collection<Triple> insertions) {
        Set<Triple> removals = new LinkedHashSet<>(deletions);
        Set<Triple> additions = new LinkedHashSet<>();
        for (Triple triple : insertions) {
            if (removals.contains(triple) || !target.contains(triple)) {
                additions.add(triple);
            }
        }
        return new GraphDelta(removals, additions);
    }

    /** The change that turns one graph into another. */
    static GraphDelta between(Graph before, Graph after) {
        List<Triple> removals = new ArrayList<>();
        before.find().forEachRemaining(triple -> {
            if (!after.contains(triple)) {
                removals.add(triple);
            }
        });
        List<Triple> additions = new ArrayList<>();
        after.find().forEachRemaining(triple -> {
            if (!before.contains(triple)) {
                additions.add(triple);
            }
        });
        return new GraphDelta(removals, additions);
    }

    /** Removes, then adds; if the graph fails part-way, the steps already taken are undone before rethrowing. */
    void applyTo(Graph target) {
        int removed = 0;
        int added = 0;
        try {
            for (Triple triple : removals) {
                target.delete(triple);
                removed++;
            }
            for (Triple triple : additions) {
                target.add(triple);
                added++;
            }
        } catch (RuntimeException e) {
            additions.subList(0, added).forEach(target::delete);
            removals.subList(0, removed).forEach(target::add);
            throw e;
        }
    }
}
