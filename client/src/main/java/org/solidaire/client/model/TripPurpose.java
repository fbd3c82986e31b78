// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** Why a trip was made, from {@code cdv:TripPurposeScheme}. */
public enum TripPurpose implements VocabularyTerm {

    /** Going to work. */
    WORK(CDV.Work),
    /** Going to school or university. */
    STUDY(CDV.Study),
    /** Shopping. */
    SHOPPING(CDV.Shopping),
    /** Leisure. */
    LEISURE(CDV.Leisure),
    /** Health care. */
    HEALTH_CARE(CDV.HealthCare),
    /** Personal business. */
    PERSONAL_BUSINESS(CDV.PersonalBusiness),
    /** Taking someone somewhere. */
    ESCORTING_SOMEONE(CDV.EscortingSomeone),
    /** Going home. */
    RETURN_HOME(CDV.ReturnHome);

    private final Node term;

    TripPurpose(Node term) {
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
    public static TripPurpose of(Node term) {
        return VocabularyTerm.find(TripPurpose.class, term);
    }
}
