// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.UNIT;

/** The QUDT units the shapes accept for quantities. */
public enum Unit implements VocabularyTerm {

    /** Litre, {@code unit:L}. */
    LITRE(UNIT.L),
    /** Cubic metre, {@code unit:M3}. */
    CUBIC_METRE(UNIT.M3),
    /** Kilowatt-hour. */
    KILOWATT_HOUR(UNIT.KiloW_HR),
    /** Megawatt-hour. */
    MEGAWATT_HOUR(UNIT.MegaW_HR),
    /** Watt. */
    WATT(UNIT.W),
    /** Kilowatt. */
    KILOWATT(UNIT.KiloW),
    /** Metre. */
    METRE(UNIT.M),
    /** Kilometre. */
    KILOMETRE(UNIT.KiloM),
    /** Gram. */
    GRAM(UNIT.GM),
    /** Kilogram. */
    KILOGRAM(UNIT.KiloGM);

    private final Node term;

    Unit(Node term) {
        this.term = term;
    }

    @Override
    public Node term() {
        return term;
    }

    /**
     * Returns the constant for an IRI read from a graph.
     *
     * @param term the IRI
     * @return the constant whose term it is
     * @throws IllegalArgumentException when the IRI is not one of these values
     */
    public static Unit of(Node term) {
        return VocabularyTerm.find(Unit.class, term);
    }
}
