// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the DCMI Metadata Terms.
 *
 * @see <a href="http://purl.org/dc/terms/">http://purl.org/dc/terms/</a>
 */
public final class DCTERMS {

    /** The namespace IRI. */
    public static final String NS = "http://purl.org/dc/terms/";

    public static final Node modified = Terms.uri(NS, "modified");
    public static final Node created = Terms.uri(NS, "created");
    public static final Node title = Terms.uri(NS, "title");
    public static final Node description = Terms.uri(NS, "description");
    public static final Node format = Terms.uri(NS, "format");
    public static final Node license = Terms.uri(NS, "license");
    public static final Node creator = Terms.uri(NS, "creator");
    public static final Node source = Terms.uri(NS, "source");
    public static final Node conformsTo = Terms.uri(NS, "conformsTo");

    private DCTERMS() {
    }
}
