// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * An RDF document as read from a pod: its URI, its triples and the entity tag of the representation read, to
 * write it back only if nobody changed it meanwhile ({@link WriteCondition#ifMatch(String)}).
 */
public final class RdfDocument {

    private final URI uri;
    private final Graph graph;
    private final String etag;

    RdfDocument(URI uri, Graph graph, String etag) {
        this.uri = requireNonNull(uri, "uri");
        this.graph = requireNonNull(graph, "graph");
        this.etag = etag;
    }

    /** The document's URI, against which its relative IRIs were resolved. */
    public URI uri() {
        return uri;
    }

    /** The document's triples, in a graph of its own that the caller may change. */
    public Graph graph() {
        return graph;
    }

    /** The same triples as a Jena {@link Model}, backed by {@link #graph()}. */
    public Model model() {
        return ModelFactory.createModelForGraph(graph);
    }

    /** The entity tag the server sent with the document, quotes included. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    @Override
    public String toString() {
        return "RdfDocument[" + uri + ", " + graph.size() + " triples, etag " + etag + "]";
    }
}
