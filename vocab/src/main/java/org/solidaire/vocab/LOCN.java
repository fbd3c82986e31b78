// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the ISA Programme Location Core Vocabulary (EU Core Location).
 *
 * @see <a href="http://www.w3.org/ns/locn#">http://www.w3.org/ns/locn#</a>
 */
public final class LOCN {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/locn#";

    public static final Node Address = Terms.uri(NS, "Address");
    public static final Node Geometry = Terms.uri(NS, "Geometry");
    public static final Node address = Terms.uri(NS, "address");
    public static final Node addressId = Terms.uri(NS, "addressId");
    public static final Node fullAddress = Terms.uri(NS, "fullAddress");
    public static final Node thoroughfare = Terms.uri(NS, "thoroughfare");
    public static final Node locatorDesignator = Terms.uri(NS, "locatorDesignator");
    public static final Node postCode = Terms.uri(NS, "postCode");
    public static final Node postName = Terms.uri(NS, "postName");
    public static final Node adminUnitL1 = Terms.uri(NS, "adminUnitL1");
    public static final Node adminUnitL2 = Terms.uri(NS, "adminUnitL2");
    public static final Node addressArea = Terms.uri(NS, "addressArea");
    public static final Node geometry = Terms.uri(NS, "geometry");

    private LOCN() {
    }
}
