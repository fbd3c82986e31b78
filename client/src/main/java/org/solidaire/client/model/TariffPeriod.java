// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** The hours an electricity consumption covers, from {@code cdv:TariffPeriodScheme}. */
public enum TariffPeriod implements VocabularyTerm {

    /** All hours, under a base tariff. */
    ALL_HOURS(CDV.AllHours),
    /** Peak hours. */
    PEAK_HOURS(CDV.PeakHours),
    /** Off-peak hours. */
    OFF_PEAK_HOURS(CDV.OffPeakHours);

    private final Node term;

    TariffPeriod(Node term) {
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
    public static TariffPeriod of(Node term) {
        return VocabularyTerm.find(TariffPeriod.class, term);
    }
}
