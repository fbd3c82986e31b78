// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** The time step of a reading, from {@code cdv:GranularityScheme}. */
public enum Granularity implements VocabularyTerm {

    /** Every 30 minutes. */
    HALF_HOURLY(CDV.HalfHourly),
    /** Every hour. */
    HOURLY(CDV.Hourly),
    /** Every day. */
    DAILY(CDV.Daily),
    /** Every month. */
    MONTHLY(CDV.Monthly),
    /** Every year or heating season. */
    YEARLY(CDV.Yearly);

    private final Node term;

    Granularity(Node term) {
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
    public static Granularity of(Node term) {
        return VocabularyTerm.find(Granularity.class, term);
    }
}
