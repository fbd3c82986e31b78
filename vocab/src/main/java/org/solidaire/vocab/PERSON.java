// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the EU Core Person vocabulary.
 *
 * @see <a href="http://www.w3.org/ns/person#">http://www.w3.org/ns/person#</a>
 */
public final class PERSON {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/person#";

    public static final Node Person = Terms.uri(NS, "Person");
    public static final Node birthName = Terms.uri(NS, "birthName");
    public static final Node placeOfBirth = Terms.uri(NS, "placeOfBirth");
    public static final Node citizenship = Terms.uri(NS, "citizenship");
    public static final Node residency = Terms.uri(NS, "residency");

    private PERSON() {
    }
}
