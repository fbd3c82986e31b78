// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The stored triples as clients wrote them, for readers of a store that holds literals in {@link LexicalForms}'
 * stored form: a literal asked for is looked up in its stored form, and every literal found is given back as
 * written. Not a TDB2 dataset to Jena, so queries over it never bypass it through TDB2's own engine.
 */
final class LexicalFormsView extends DatasetGraphWrapper {

    LexicalFormsView(DatasetGraph stored) {
        super(stored);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return Iter.map(getR().find(g, s, p, LexicalForms.stored(o)), LexicalForms::written);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return Iter.map(getR().findNG(g, s, p, LexicalForms.stored(o)), LexicalForms::written);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return getR().contains(g, s, p, LexicalForms.stored(o));
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }
}
