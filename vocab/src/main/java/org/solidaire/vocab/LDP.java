// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Linked Data Platform vocabulary.
 *
 * @see <a href="http://www.w3.org/ns/ldp#">http://www.w3.org/ns/ldp#</a>
 */
public final class LDP {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/ldp#";

    public static final Node Resource = Terms.uri(NS, "Resource");
    public static final Node RDFSource = Terms.uri(NS, "RDFSource");
    public static final Node NonRDFSource = Terms.uri(NS, "NonRDFSource");
    public static final Node Container = Terms.uri(NS, "Container");
    public static final Node BasicContainer = Terms.uri(NS, "BasicContainer");
    public static final Node DirectContainer = Terms.uri(NS, "DirectContainer");
    public static final Node IndirectContainer = Terms.uri(NS, "IndirectContainer");
    public static final Node contains = Terms.uri(NS, "contains");
    public static final Node constrainedBy = Terms.uri(NS, "constrainedBy");
    public static final Node inbox = Terms.uri(NS, "inbox");
    public static final Node member = Terms.uri(NS, "member");
    public static final Node hasMemberRelation = Terms.uri(NS, "hasMemberRelation");
    public static final Node isMemberOfRelation = Terms.uri(NS, "isMemberOfRelation");
    public static final Node membershipResource = Terms.uri(NS, "membershipResource");
    public static final Node insertedContentRelation = Terms.uri(NS, "insertedContentRelation");
    public static final Node PreferContainment = Terms.uri(NS, "PreferContainment");
    public static final Node PreferMembership = Terms.uri(NS, "PreferMembership");
    public static final Node PreferMinimalContainer = Terms.uri(NS, "PreferMinimalContainer");

    private LDP() {
    }
}
