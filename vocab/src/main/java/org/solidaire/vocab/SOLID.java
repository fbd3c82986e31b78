// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Solid terms vocabulary.
 *
 * @see <a href="http://www.w3.org/ns/solid/terms#">http://www.w3.org/ns/solid/terms#</a>
 */
public final class SOLID {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/solid/terms#";

    public static final Node InsertDeletePatch = Terms.uri(NS, "InsertDeletePatch");
    public static final Node Patch = Terms.uri(NS, "Patch");
    public static final Node inserts = Terms.uri(NS, "inserts");
    public static final Node deletes = Terms.uri(NS, "deletes");
    public static final Node where = Terms.uri(NS, "where");
    public static final Node patches = Terms.uri(NS, "patches");
    public static final Node storageDescription = Terms.uri(NS, "storageDescription");
    public static final Node owner = Terms.uri(NS, "owner");
    public static final Node oidcIssuer = Terms.uri(NS, "oidcIssuer");
    public static final Node publicTypeIndex = Terms.uri(NS, "publicTypeIndex");
    public static final Node privateTypeIndex = Terms.uri(NS, "privateTypeIndex");
    public static final Node TypeIndex = Terms.uri(NS, "TypeIndex");
    public static final Node ListedDocument = Terms.uri(NS, "ListedDocument");
    public static final Node UnlistedDocument = Terms.uri(NS, "UnlistedDocument");
    public static final Node TypeRegistration = Terms.uri(NS, "TypeRegistration");
    public static final Node forClass = Terms.uri(NS, "forClass");
    public static final Node instance = Terms.uri(NS, "instance");
    public static final Node instanceContainer = Terms.uri(NS, "instanceContainer");
    public static final Node storageQuota = Terms.uri(NS, "storageQuota");
    public static final Node storageUsage = Terms.uri(NS, "storageUsage");

    private SOLID() {
    }
}
