// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the QUDT schema, for quantity values.
 *
 * @see <a href="http://qudt.org/schema/qudt/">http://qudt.org/schema/qudt/</a>
 */
public final class QUDT {

    /** The namespace IRI. */
    public static final String NS = "http://qudt.org/schema/qudt/";

    public static final Node QuantityValue = Terms.uri(NS, "QuantityValue");
    public static final Node Unit = Terms.uri(NS, "Unit");
    public static final Node QuantityKind = Terms.uri(NS, "QuantityKind");
    public static final Node numericValue = Terms.uri(NS, "numericValue");
    public static final Node value = Terms.uri(NS, "value");
    public static final Node hasUnit = Terms.uri(NS, "hasUnit");
    public static final Node hasQuantityKind = Terms.uri(NS, "hasQuantityKind");

    private QUDT() {
    }
}
