// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the PROV ontology (PROV-O).
 *
 * @see <a href="http://www.w3.org/ns/prov#">http://www.w3.org/ns/prov#</a>
 */
public final class PROV {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Entity = Terms.uri(NS, "Entity");
    public static final Node Activity = Terms.uri(NS, "Activity");
    public static final Node Agent = Terms.uri(NS, "Agent");
    public static final Node wasGeneratedBy = Terms.uri(NS, "wasGeneratedBy");
    public static final Node wasAttributedTo = Terms.uri(NS, "wasAttributedTo");
    public static final Node generatedAtTime = Terms.uri(NS, "generatedAtTime");
    public static final Node wasAssociatedWith = Terms.uri(NS, "wasAssociatedWith");
    public static final Node startedAtTime = Terms.uri(NS, "startedAtTime");
    public static final Node endedAtTime = Terms.uri(NS, "endedAtTime");
    public static final Node used = Terms.uri(NS, "used");
    public static final Node wasDerivedFrom = Terms.uri(NS, "wasDerivedFrom");

    private PROV() {
    }
}
