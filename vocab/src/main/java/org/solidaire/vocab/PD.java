// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the DPV personal data categories extension.
 *
 * @see <a href="https://w3id.org/dpv/pd#">https://w3id.org/dpv/pd#</a>
 */
public final class PD {

    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/dpv/pd#";

    public static final Node ServiceConsumptionBehaviour = Terms.uri(NS, "ServiceConsumptionBehaviour");
    public static final Node TravelHistory = Terms.uri(NS, "TravelHistory");
    public static final Node Household = Terms.uri(NS, "Household");
    public static final Node HouseOwned = Terms.uri(NS, "HouseOwned");
    public static final Node Contact = Terms.uri(NS, "Contact");
    public static final Node Location = Terms.uri(NS, "Location");

    private PD() {
    }
}
