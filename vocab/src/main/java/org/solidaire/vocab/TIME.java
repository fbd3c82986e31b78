// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the OWL-Time ontology.
 *
 * @see <a href="http://www.w3.org/2006/time#">http://www.w3.org/2006/time#</a>
 */
public final class TIME {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/2006/time#";

    public static final Node Interval = Terms.uri(NS, "Interval");
    public static final Node Instant = Terms.uri(NS, "Instant");
    public static final Node hasBeginning = Terms.uri(NS, "hasBeginning");
    public static final Node hasEnd = Terms.uri(NS, "hasEnd");
    public static final Node inXSDDateTimeStamp = Terms.uri(NS, "inXSDDateTimeStamp");

    private TIME() {
    }
}
