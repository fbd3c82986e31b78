// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The store's private metadata terms, which only ever appear in metadata graphs. */
final class Internal {

    static final String NS = "urn:solidaire:store#";

    static final Node version = NodeFactory.createURI(NS + "version");
    static final Node contentType = NodeFactory.createURI(NS + "contentType");
    static final Node kind = NodeFactory.createURI(NS + "kind");
    static final Node file = NodeFactory.createURI(NS + "file");
    static final Node size = NodeFactory.createURI(NS + "size");
    static final Node modified = NodeFactory.createURI(NS + "modified");
    static final Node rewritesLiterals = NodeFactory.createURI(NS + "rewritesLiterals");
    /** From a document to a graph that stores one of its named graphs. */
    static final Node namedGraph = NodeFactory.createURI(NS + "namedGraph");
    /** From such a graph to its name in the document, an IRI or a blank node. */
    static final Node graphName = NodeFactory.createURI(NS + "graphName");

    private Internal() {
    }
}
