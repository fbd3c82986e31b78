// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Smart Applications REFerence ontology (SAREF core).
 *
 * @see <a href="https://saref.etsi.org/core/">https://saref.etsi.org/core/</a>
 */
public final class SAREF {

    /** The namespace IRI. */
    public static final String NS = "https://saref.etsi.org/core/";

    public static final Node Meter = Terms.uri(NS, "Meter");
    public static final Node Measurement = Terms.uri(NS, "Measurement");
    public static final Node FeatureOfInterest = Terms.uri(NS, "FeatureOfInterest");

    private SAREF() {
    }
}
