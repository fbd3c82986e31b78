// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the SAREF extension for the water domain (SAREF4WATR).
 *
 * @see <a href="https://saref.etsi.org/saref4watr/">https://saref.etsi.org/saref4watr/</a>
 */
public final class S4WATR {

    /** The namespace IRI. */
    public static final String NS = "https://saref.etsi.org/saref4watr/";

    public static final Node WaterMeter = Terms.uri(NS, "WaterMeter");
    public static final Node Tariff = Terms.uri(NS, "Tariff");

    private S4WATR() {
    }
}
