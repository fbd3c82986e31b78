// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the DPV extension for the EU General Data Protection Regulation, for legal bases.
 *
 * @see <a href="https://w3id.org/dpv/legal/eu/gdpr#">https://w3id.org/dpv/legal/eu/gdpr#</a>
 */
public final class EUGDPR {

    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/dpv/legal/eu/gdpr#";

    /** The term {@code A6-1-a}, with underscores for the hyphens a Java name cannot hold. */
    public static final Node A6_1_a = Terms.uri(NS, "A6-1-a");
    /** The term {@code A6-1-b}, with underscores for the hyphens a Java name cannot hold. */
    public static final Node A6_1_b = Terms.uri(NS, "A6-1-b");
    /** The term {@code A6-1-e}, with underscores for the hyphens a Java name cannot hold. */
    public static final Node A6_1_e = Terms.uri(NS, "A6-1-e");

    private EUGDPR() {
    }
}
