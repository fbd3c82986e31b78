// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Access Control Policy vocabulary (ACP) of Solid.
 *
 * @see <a href="http://www.w3.org/ns/solid/acp#">http://www.w3.org/ns/solid/acp#</a>
 */
public final class ACP {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/solid/acp#";

    public static final Node AccessControlResource = Terms.uri(NS, "AccessControlResource");
    public static final Node AccessControl = Terms.uri(NS, "AccessControl");
    public static final Node Policy = Terms.uri(NS, "Policy");
    public static final Node Matcher = Terms.uri(NS, "Matcher");
    public static final Node resource = Terms.uri(NS, "resource");
    public static final Node accessControl = Terms.uri(NS, "accessControl");
    public static final Node memberAccessControl = Terms.uri(NS, "memberAccessControl");
    public static final Node apply = Terms.uri(NS, "apply");
    public static final Node allow = Terms.uri(NS, "allow");
    public static final Node deny = Terms.uri(NS, "deny");
    public static final Node allOf = Terms.uri(NS, "allOf");
    public static final Node anyOf = Terms.uri(NS, "anyOf");
    public static final Node noneOf = Terms.uri(NS, "noneOf");
    public static final Node agent = Terms.uri(NS, "agent");
    public static final Node client = Terms.uri(NS, "client");
    public static final Node issuer = Terms.uri(NS, "issuer");
    public static final Node vc = Terms.uri(NS, "vc");
    public static final Node PublicAgent = Terms.uri(NS, "PublicAgent");
    public static final Node AuthenticatedAgent = Terms.uri(NS, "AuthenticatedAgent");
    public static final Node CreatorAgent = Terms.uri(NS, "CreatorAgent");
    public static final Node OwnerAgent = Terms.uri(NS, "OwnerAgent");
    public static final Node PublicClient = Terms.uri(NS, "PublicClient");
    public static final Node PublicIssuer = Terms.uri(NS, "PublicIssuer");

    private ACP() {
    }
}
