// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The committed database as a read transaction sees it, with the journaled writes that its commit does not hold
 * yet laid over it: for each quad they changed, the last change decides whether the quad is there.
 */
final class PendingView extends FindView {

    private final JournaledBatches pending;

    /**
     * @param committed the database, inside a read transaction
     * @param pending the batches that transaction's state does not hold
     */
    PendingView(DatasetGraph committed, JournaledBatches pending) {
        super(committed);
        this.pending = pending;
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        Map<Quad, Boolean> changed = changes(g, s, p, o);
        Iterator<Quad> committed = getR().find(g, s, p, o);
        if (changed.isEmpty()) {
            return committed;
        }
        Iterator<Quad> kept = Iter.filter(committed, quad -> !changed.containsKey(quad));
        Iterator<Quad> added = changed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .iterator();
        return Iter.concat(kept, added);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return Iter.filter(find(g, s, p, o), quad -> !quad.isDefaultGraph());
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        Set<Node> candidates = new LinkedHashSet<>();
        super.listGraphNodes().forEachRemaining(candidates::add);
        pending.all().forEach(delta -> candidates.addAll(delta.graphs().keySet()));
        return candidates.stream().filter(graph -> contains(graph, Node.ANY, Node.ANY, Node.ANY)).iterator();
    }

    /** The last change of each pending quad that matches the pattern, newest delta first. */
    private Map<Quad, Boolean> changes(Node g, Node s, Node p, Node o) {
        Map<Quad, Boolean> changed = new HashMap<>();
        if (isAny(g)) {
            List<Delta> batches = pending.all();
            for (int i = batches.size() - 1; i >= 0; i--) {
                batches.get(i).graphs().values().forEach(quads -> collect(quads, s, p, o, changed));
            }
        } else {
            pending.changesTo(g, quads -> collect(quads, s, p, o, changed));
        }
        return changed;
    }

    private static void collect(Map<Quad, Boolean> quads, Node s, Node p, Node o, Map<Quad, Boolean> changed) {
        quads.forEach((quad, present) -> {
            if (matches(s, quad.getSubject()) && matches(p, quad.getPredicate()) && matches(o, quad.getObject())) {
                changed.putIfAbsent(quad, present);
            }
        });
    }

    private static boolean matches(Node pattern, Node node) {
        return isAny(pattern) || pattern.equals(node);
    }

    private static boolean isAny(Node node) {
        return node == null || Node.ANY.equals(node);
    }
}
