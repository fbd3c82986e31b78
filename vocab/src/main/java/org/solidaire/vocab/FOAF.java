// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Friend of a Friend vocabulary (FOAF).
 *
 * @see <a href="http://xmlns.com/foaf/0.1/">http://xmlns.com/foaf/0.1/</a>
 */
public final class FOAF {

    /** The namespace IRI. */
    public static final String NS = "http://xmlns.com/foaf/0.1/";

    public static final Node Person = Terms.uri(NS, "Person");
    public static final Node Organization = Terms.uri(NS, "Organization");
    public static final Node Agent = Terms.uri(NS, "Agent");
    public static final Node name = Terms.uri(NS, "name");
    public static final Node givenName = Terms.uri(NS, "givenName");
    public static final Node familyName = Terms.uri(NS, "familyName");
    public static final Node nick = Terms.uri(NS, "nick");
    public static final Node mbox = Terms.uri(NS, "mbox");
    public static final Node homepage = Terms.uri(NS, "homepage");
    public static final Node img = Terms.uri(NS, "img");

    private FOAF() {
    }
}
