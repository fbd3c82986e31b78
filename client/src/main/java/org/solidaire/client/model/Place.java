// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.SCHEMA;

/**
 * Where a trip starts or ends, written as a {@code schema:Place} with its name.
 *
 * @param name the name of the place, such as a stop or a street
 */
public record Place(String name) {

    /** Checks that the place has a name. */
    public Place {
        requireNonNull(name, "name");
    }

    /**
     * A place known by its name.
     *
     * @param name the name
     * @return the place
     */
    public static Place named(String name) {
        return new Place(name);
    }

    void addTo(Graph graph, Node node) {
        RdfValues.addType(graph, node, SCHEMA.Place);
        RdfValues.add(graph, node, SCHEMA.name, RdfValues.text(name));
    }

    static Place from(Graph graph, Node node) {
        return new Place(RdfValues.literal(RdfValues.required(graph, node, SCHEMA.name)));
    }
}
