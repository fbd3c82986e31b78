// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static java.util.Objects.requireNonNull;

import org.apache.jena.graph.Graph;

/** The new content of a resource, given to {@link ResourceStore#put}. */
public sealed interface Content {

    /** The triples of an RDF document or of a container (containment triples are the store's). */
    record Rdf(Graph graph) implements Content {
        public Rdf {
            requireNonNull(graph, "graph");
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
