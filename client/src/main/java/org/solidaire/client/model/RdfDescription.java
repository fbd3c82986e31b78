// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import java.net.URI;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A record that describes one resource of a pod in RDF, as the shapes of the Citizen Data Vocabulary want it.
 *
 * <p>The description uses no blank node: the values a resource owns (a result, a meter index, a cost, a place) are
 * named by fragments derived from the resource's IRI, such as {@code #2024-06-01-result}. Writing the same record
 * twice, or sending it twice in an insert-only N3 Patch, therefore adds nothing the second time.
 */
public interface RdfDescription {

    /**
     * Returns the IRI of the resource described.
     *
     * @return an absolute IRI
     */
    URI iri();

    /**
     * Adds the description to a graph.
     *
     * @param graph the graph to add to
     */
    void addTo(Graph graph);

    /**
     * Returns the description in a new graph.
     *
     * @return a graph the caller owns
     */
    default Graph toGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        addTo(graph);
        return graph;
    }
}
