// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.S4WATR;

/** The class of a meter: what it measures. */
public enum MeterKind implements VocabularyTerm {

    /** A water meter, {@code s4watr:WaterMeter}. */
    WATER(S4WATR.WaterMeter),
    /** An electricity meter. */
    ELECTRICITY(CDV.ElectricityMeter),
    /** A gas meter. */
    GAS(CDV.GasMeter),
    /** A district heating meter. */
    HEAT(CDV.HeatMeter);

    private final Node term;

    MeterKind(Node term) {
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
    public static MeterKind of(Node term) {
        return VocabularyTerm.find(MeterKind.class, term);
    }
}
