// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The stored triples as clients wrote them, for readers of a store that holds literals in {@link LexicalForms}'
 * stored form: a literal asked for is looked up in its stored form, and every literal found is given back as
 * written. Not a TDB2 dataset to Jena, so queries over it never bypass it through TDB2's own engine.
 */
final class LexicalFormsView extends FindView {

    LexicalFormsView(DatasetGraph stored) {
        super(stored);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return Iter.map(getR().find(g, s, p, LexicalForms.stored(o)), LexicalForms::written);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return Iter.map(getR().findNG(g, s, p, LexicalForms.stored(o)), LexicalForms::written);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return getR().contains(g, s, p, LexicalForms.stored(o));
    }
}
