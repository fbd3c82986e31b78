// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.solidaire.shapes.jena.JenaShapeValidator;

/**
 * Validates RDF graphs against a set of SHACL shapes, each node against the shapes that target its types.
 *
 * <p>Shapes are parsed once, when the validator is made; a validator is immutable and safe to share between
 * threads, so a server keeps one and calls it on the graph of every write:
 *
 * <pre>{@code
 * ValidationReport report = ShapeValidator.standard().validate(graph, Locale.FRENCH);
 * if (!report.accepted()) {
 *     // answer 422 with report.violations()
 * }
 * }</pre>
 */
public interface ShapeValidator {

    /**
     * Returns the shared validator for the shapes of the Citizen Data Vocabulary ({@link CitizenDataShapes}).
     *
     * @return a validator parsed on first use and reused afterwards
     */
    static ShapeValidator standard() {
        return JenaShapeValidator.standard();
    }

    /**
     * Makes a validator for other shapes, such as another city's or the EU SEMIC application profiles.
     *
     * @param shapes the graph holding the SHACL shapes; later changes to it are not seen
     * @return a validator for those shapes
     */
    static ShapeValidator of(Graph shapes) {
        return JenaShapeValidator.of(shapes);
    }

    /**
     * Validates a graph on its own: links to other resources are checked as IRIs, not followed.
     *
     * @param data the graph to check, which is not changed
     * @param locale the language wanted for messages; English is used when the shapes lack that language
     * @return the results, empty when the graph conforms
     */
    ValidationReport validate(Graph data, Locale locale);
}
