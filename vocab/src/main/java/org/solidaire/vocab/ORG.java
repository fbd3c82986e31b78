// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the W3C Organization ontology.
 *
 * @see <a href="http://www.w3.org/ns/org#">http://www.w3.org/ns/org#</a>
 */
public final class ORG {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Node Organization = Terms.uri(NS, "Organization");
    public static final Node FormalOrganization = Terms.uri(NS, "FormalOrganization");
    public static final Node OrganizationalUnit = Terms.uri(NS, "OrganizationalUnit");
    public static final Node unitOf = Terms.uri(NS, "unitOf");
    public static final Node hasUnit = Terms.uri(NS, "hasUnit");
    public static final Node subOrganizationOf = Terms.uri(NS, "subOrganizationOf");
    public static final Node identifier = Terms.uri(NS, "identifier");

    private ORG() {
    }
}
