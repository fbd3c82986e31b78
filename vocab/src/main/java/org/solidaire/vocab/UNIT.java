// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the QUDT units vocabulary.
 *
 * @see <a href="http://qudt.org/vocab/unit/">http://qudt.org/vocab/unit/</a>
 */
public final class UNIT {

    /** The namespace IRI. */
    public static final String NS = "http://qudt.org/vocab/unit/";

    public static final Node L = Terms.uri(NS, "L");
    public static final Node M3 = Terms.uri(NS, "M3");
    /** The term {@code KiloW-HR}, with underscores for the hyphens a Java name cannot hold. */
    public static final Node KiloW_HR = Terms.uri(NS, "KiloW-HR");
    /** The term {@code MegaW-HR}, with underscores for the hyphens a Java name cannot hold. */
    public static final Node MegaW_HR = Terms.uri(NS, "MegaW-HR");
    public static final Node W = Terms.uri(NS, "W");
    public static final Node KiloW = Terms.uri(NS, "KiloW");
    public static final Node KiloVA = Terms.uri(NS, "KiloVA");
    public static final Node M = Terms.uri(NS, "M");
    public static final Node KiloM = Terms.uri(NS, "KiloM");
    public static final Node GM = Terms.uri(NS, "GM");
    public static final Node KiloGM = Terms.uri(NS, "KiloGM");

    private UNIT() {
    }
}
