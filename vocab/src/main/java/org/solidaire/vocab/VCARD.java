// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the vCard ontology.
 *
 * @see <a href="http://www.w3.org/2006/vcard/ns#">http://www.w3.org/2006/vcard/ns#</a>
 */
public final class VCARD {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/2006/vcard/ns#";

    public static final Node Individual = Terms.uri(NS, "Individual");
    public static final Node Organization = Terms.uri(NS, "Organization");
    public static final Node Address = Terms.uri(NS, "Address");
    public static final Node fn = Terms.uri(NS, "fn");
    public static final Node hasEmail = Terms.uri(NS, "hasEmail");
    public static final Node hasTelephone = Terms.uri(NS, "hasTelephone");
    public static final Node hasAddress = Terms.uri(NS, "hasAddress");
    public static final Node value = Terms.uri(NS, "value");
    public static final Node hasValue = Terms.uri(NS, "hasValue");

    private VCARD() {
    }
}
