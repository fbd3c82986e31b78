// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import static java.util.Objects.requireNonNull;

import org.apache.jena.graph.Node;

/**
 * One result of validating a graph: which node, which property, which value, how serious, and what to do about it.
 *
 * @param focusNode the node that does not conform
 * @param path the property path, in SPARQL syntax with full IRIs (such as {@code <http://schema.org/endDate>}), or
 *     null when the constraint is on the node itself
 * @param value the offending value, or null when the problem is a missing or surplus value
 * @param severity how serious the result is
 * @param message the shape's message in the language asked for, or the nearest one available
 * @param sourceShape the shape that produced the result, an IRI for the named shapes of the Citizen Data Vocabulary
 */
public record ValidationEntry(Node focusNode, String path, Node value, Severity severity, String message,
        Node sourceShape) {

    /** Checks the components that every result has. */
    public ValidationEntry {
        requireNonNull(focusNode, "focusNode");
        requireNonNull(severity, "severity");
        requireNonNull(message, "message");
        requireNonNull(sourceShape, "sourceShape");
    }
}
