// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Data Catalog Vocabulary (DCAT).
 *
 * @see <a href="http://www.w3.org/ns/dcat#">http://www.w3.org/ns/dcat#</a>
 */
public final class DCAT {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/dcat#";

    public static final Node Dataset = Terms.uri(NS, "Dataset");
    public static final Node Distribution = Terms.uri(NS, "Distribution");
    public static final Node temporalResolution = Terms.uri(NS, "temporalResolution");

    private DCAT() {
    }
}
