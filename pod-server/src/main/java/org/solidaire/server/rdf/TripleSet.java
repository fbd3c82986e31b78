// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.CollectionGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The triples of a parsed document, each once, in the order the parser gave them: a graph that is cheap to fill and
 * to read whole, and answers whether it holds a given triple at once, as writing a document to the store needs. A
 * find by pattern reads every triple, so code that finds by pattern many times over a graph that may be large,
 * such as a SHACL validation, works on {@link #indexed} instead.
 */
public final class TripleSet extends CollectionGraph {

    private final Set<Triple> triples;

    /** An empty set. */
    public TripleSet() {
        this(new LinkedHashSet<>());
    }

    private TripleSet(Set<Triple> triples) {
        super(triples);
        this.triples = triples;
    }

    /**
     * The graph indexed by subject, predicate and object: itself when it is, a copy when it is a {@code TripleSet}.
     *
     * @param graph any graph
     * @return a graph with the same triples whose finds by pattern do not read them all
     */
    public static Graph indexed(Graph graph) {
        if (!(graph instanceof TripleSet)) {
            return graph;
        }
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return triple.isConcrete() ? triples.contains(triple) : super.graphBaseContains(triple);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
