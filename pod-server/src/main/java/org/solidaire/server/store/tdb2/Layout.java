// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.solidaire.server.store.ResourcePath;

/**
 * Names the graphs of a resource: its triples under its own IRI, its metadata and the named graphs of a document
 * under private names beside it.
 */
final class Layout {

    /** Metadata graph names: never a resource IRI, so never reachable through LDP or a query over resources. */
    static final String META_PREFIX = "urn:solidaire:meta:";

    /** Graph names for the named graphs of documents: never a resource IRI either. */
    static final String NAMED_GRAPH_PREFIX = "urn:solidaire:graph:";

    private final String baseUrl;

    Layout(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Node graph(ResourcePath path) {
        return NodeFactory.createURI(path.iri(baseUrl));
    }

    Node subject(ResourcePath path) {
        return graph(path);
    }

    Node meta(ResourcePath path) {
        return NodeFactory.createURI(META_PREFIX + path);
    }

    /** The graph that stores a document's named graph by its position; the metadata records the graph's name. */
    Node namedGraph(ResourcePath path, int index) {
        return NodeFactory.createURI(NAMED_GRAPH_PREFIX + path + "#" + index);
    }

    /** The path of a resource IRI under the base URL; the store only ever writes such IRIs. */
    ResourcePath path(Node iri) {
        String uri = iri.getURI();
        if (!uri.startsWith(baseUrl)) {
            throw new IllegalStateException("Stored IRI outside the base URL: " + uri);
        }
        return ResourcePath.parse("/" + uri.substring(baseUrl.length()));
    }
}
