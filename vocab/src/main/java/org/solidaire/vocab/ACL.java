// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Web Access Control vocabulary.
 *
 * @see <a href="http://www.w3.org/ns/auth/acl#">http://www.w3.org/ns/auth/acl#</a>
 */
public final class ACL {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/auth/acl#";

    public static final Node Authorization = Terms.uri(NS, "Authorization");
    public static final Node accessTo = Terms.uri(NS, "accessTo");
    /** The term {@code acl:default}, with a trailing underscore because {@code default} is a Java keyword. */
    public static final Node default_ = Terms.uri(NS, "default");
    public static final Node agent = Terms.uri(NS, "agent");
    public static final Node agentClass = Terms.uri(NS, "agentClass");
    public static final Node agentGroup = Terms.uri(NS, "agentGroup");
    public static final Node AuthenticatedAgent = Terms.uri(NS, "AuthenticatedAgent");
    public static final Node origin = Terms.uri(NS, "origin");
    public static final Node mode = Terms.uri(NS, "mode");
    public static final Node Read = Terms.uri(NS, "Read");
    public static final Node Write = Terms.uri(NS, "Write");
    public static final Node Append = Terms.uri(NS, "Append");
    public static final Node Control = Terms.uri(NS, "Control");
    public static final Node owner = Terms.uri(NS, "owner");
    public static final Node trustedApp = Terms.uri(NS, "trustedApp");

    private ACL() {
    }
}
