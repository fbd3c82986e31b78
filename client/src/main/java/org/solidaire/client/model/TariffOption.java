// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** The tariff option of a supply contract, from {@code cdv:TariffOptionScheme}. */
public enum TariffOption implements VocabularyTerm {

    /** One price at all hours. */
    BASE(CDV.BaseTariff),
    /** Peak and off-peak prices. */
    PEAK_OFF_PEAK(CDV.PeakOffPeakTariff),
    /** Prices by day colour. */
    TEMPO(CDV.TempoTariff);

    private final Node term;

    TariffOption(Node term) {
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
    public static TariffOption of(Node term) {
        return VocabularyTerm.find(TariffOption.class, term);
    }
}
