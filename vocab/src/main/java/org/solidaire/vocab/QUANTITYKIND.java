// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the QUDT quantity kinds vocabulary.
 *
 * @see <a href="http://qudt.org/vocab/quantitykind/">http://qudt.org/vocab/quantitykind/</a>
 */
public final class QUANTITYKIND {

    /** The namespace IRI. */
    public static final String NS = "http://qudt.org/vocab/quantitykind/";

    public static final Node Volume = Terms.uri(NS, "Volume");
    public static final Node Energy = Terms.uri(NS, "Energy");
    public static final Node ActivePower = Terms.uri(NS, "ActivePower");
    public static final Node Length = Terms.uri(NS, "Length");
    public static final Node Mass = Terms.uri(NS, "Mass");

    private QUANTITYKIND() {
    }
}
