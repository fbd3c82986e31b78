// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The store's private terms, which only ever appear in metadata graphs and in the store's own graph. */
final class Internal {

    static final String NS = "urn:solidaire:store#";

    static final Node version = NodeFactory.createURI(NS + "version");
    static final Node contentType = NodeFactory.createURI(NS + "contentType");
    static final Node kind = NodeFactory.createURI(NS + "kind");
    static final Node file = NodeFactory.createURI(NS + "file");
    static final Node size = NodeFactory.createURI(NS + "size");
    static final Node modified = NodeFactory.createURI(NS + "modified");
    /** The store's own graph, and its subject: facts about the whole store. */
    static final Node store = NodeFactory.createURI("urn:solidaire:store");
    static final Node rewritesLiterals = NodeFactory.createURI(NS + "rewritesLiterals");
    /** The last epoch of journaled writes the database has committed. */
    static final Node committedEpoch = NodeFactory.createURI(NS + "committedEpoch");
    /** From a document to a graph that stores one of its named graphs. */
    static final Node namedGraph = NodeFactory.createURI(NS + "namedGraph");
    /** From such a graph to its name in the document, an IRI or a blank node. */
    static final Node graphName = NodeFactory.createURI(NS + "graphName");

    private Internal() {
    }
}
