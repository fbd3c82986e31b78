// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Runs a query with TDB2's own engine, which joins on internal identifiers, when that gives the same answer as the
 * access-controlled view: the visible graphs are enforced by a filter on every stored quad the engine reads, and
 * the query must be unable to match any server-managed triple, since those are not stored. Queries that could
 * (a variable predicate, {@code ldp:contains}, {@code rdf:type ldp:Container}, property paths, {@code DESCRIBE}),
 * list graph names ({@code GRAPH ?g { }}), hold a table of values, or name their own dataset go through the view
 * instead.
 */
final class Tdb2Evaluation {

    private Tdb2Evaluation() {
    }

    /** Whether the query may run on the store's own engine with the quad filter. */
    static boolean applies(DatasetGraph dataset, Query query, QueryRequest request) {
        if (!TDBInternal.isTDB2(dataset) || query.isDescribeType() || query.hasDatasetDescription()
                || !request.defaultGraphUris().isEmpty() || !request.namedGraphUris().isEmpty()) {
            return false;
        }
        return cannotMatchManagedTriples(Algebra.compile(query));
    }

    private static boolean cannotMatchManagedTriples(Op op) {
        boolean[] safe = {true};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(triple -> check(triple));
            }

            @Override
            public void visit(OpTriple opTriple) {
                check(opTriple.getTriple());
            }

            @Override
            public void visit(OpQuadPattern quads) {
                quads.getPattern().forEach(quad -> check(quad.asTriple()));
            }

            @Override
            public void visit(OpQuadBlock quads) {
                quads.getPattern().forEach(quad -> check(quad.asTriple()));
            }

            @Override
            public void visit(OpQuad opQuad) {
                check(opQuad.getQuad().asTriple());
            }

            @Override
            public void visit(OpPath path) {
                safe[0] = false;
            }

            @Override
            public void visit(OpPropFunc function) {
                safe[0] = false;
            }

            @Override
            public void visit(OpDatasetNames names) {
                safe[0] = false;
            }

            @Override
            public void visit(OpTable table) {
                // GRAPH ?g { } (a table inside GRAPH) lists graphs, and TDB2 only knows those holding triples.
                safe[0] = false;
            }

            private void check(Triple pattern) {
                if (AccessControlledDataset.mayBeManaged(pattern.getPredicate(), pattern.getObject())) {
                    safe[0] = false;
                }
            }
        });
        return safe[0];
    }

    /**
     * The filter that lets the engine read only quads of the visible graphs; call within the store's read.
     *
     * @param dataset the store's dataset
     * @param visible the graphs the caller may see
     * @return a filter on stored tuples: quads whose graph is visible pass, triples of the default graph never
     */
    static Predicate<Tuple<NodeId>> filter(DatasetGraph dataset, ReadableGraphs visible) {
        // Identifiers belong to one generation of the database's files: a compaction writes a new one, with new
        // identifiers, and a read transaction stays on one generation from start to end.
        Object generation = TDBInternal.getDatasetGraphTDB(dataset);
        Set<NodeId> graphs = visible.storeKeys(generation, () -> identifiers(dataset, visible));
        return tuple -> tuple.len() == 4 && graphs.contains(tuple.get(0));
    }

    private static Set<NodeId> identifiers(DatasetGraph dataset, ReadableGraphs visible) {
        Set<NodeId> identifiers = new HashSet<>();
        for (Node graph : visible.graphs().keySet()) {
            NodeId id = TDBInternal.getNodeId(dataset, graph);
            // A name the store has never seen has no triples; it gets an identifier only with a new resource,
            // which gives the caller a new set of readable graphs.
            if (id != null && !NodeId.isDoesNotExist(id)) {
                identifiers.add(id);
            }
        }
        return Set.copyOf(identifiers);
    }
}
