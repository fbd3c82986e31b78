// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.util.Objects.requireNonNull;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What an RDF document encodes: a default graph and, in a format that carries them, named graphs; together an RDF
 * dataset. A document that names no graph is its default graph alone.
 *
 * @param defaultGraph the triples outside any named graph
 * @param namedGraphs each named graph by its name, an IRI or a blank node, in document order; none are empty
 * @see <a href="https://www.w3.org/TR/rdf11-concepts/#section-dataset">RDF 1.1 Concepts §4 RDF Datasets</a>
 */
public record RdfDocument(Graph defaultGraph, Map<Node, Graph> namedGraphs) {

    public RdfDocument {
        requireNonNull(defaultGraph, "defaultGraph");
        requireNonNull(namedGraphs, "namedGraphs");
    }

    /** A document that is one graph. */
    public static RdfDocument of(Graph graph) {
        return new RdfDocument(graph, Map.of());
    }

    /** Whether the document has triples in named graphs. */
    public boolean hasNamedGraphs() {
        return !namedGraphs.isEmpty();
    }
}
