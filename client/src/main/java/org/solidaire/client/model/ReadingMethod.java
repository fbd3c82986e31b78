// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** How the value of a reading was obtained, from {@code cdv:ReadingMethodScheme}. */
public enum ReadingMethod implements VocabularyTerm {

    /** Read from the meter, on site or remotely. */
    ACTUAL(CDV.ActualReading),
    /** Estimated by the supplier for want of a reading. */
    ESTIMATED(CDV.EstimatedReading),
    /** Read and sent in by the citizen. */
    SELF_REPORTED(CDV.SelfReportedReading);

    private final Node term;

    ReadingMethod(Node term) {
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
    public static ReadingMethod of(Node term) {
        return VocabularyTerm.find(ReadingMethod.class, term);
    }
}
