// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static java.util.Objects.requireNonNull;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The new content of a resource, given to {@link ResourceStore#put}. */
public sealed interface Content {

    /**
     * The triples of an RDF document or of a container (containment triples are the store's), and the named graphs
     * of a document that has some.
     *
     * @param graph the resource's own triples: the document's default graph
     * @param namedGraphs the document's named graphs by name; only a document, not a container or an auxiliary
     *     resource, may have some
     */
    record Rdf(Graph graph, Map<Node, Graph> namedGraphs) implements Content {
        public Rdf {
            requireNonNull(graph, "graph");
            requireNonNull(namedGraphs, "namedGraphs");
        }

        /** Triples without named graphs. */
        public Rdf(Graph graph) {
            this(graph, Map.of());
        }
    }

    /** Bytes already staged by {@link ResourceStore#stage}, with their media type. */
    record Binary(StagedBytes bytes, String contentType) implements Content {
        public Binary {
            requireNonNull(bytes, "bytes");
            requireNonNull(contentType, "contentType");
        }
    }
}
