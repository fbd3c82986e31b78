// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** The kind of a transport subscription, from {@code cdv:SubscriptionTypeScheme}. */
public enum SubscriptionType implements VocabularyTerm {

    /** A monthly pass. */
    MONTHLY_PASS(CDV.MonthlyPass),
    /** An annual pass. */
    ANNUAL_PASS(CDV.AnnualPass),
    /** A pass for young people. */
    YOUTH_PASS(CDV.YouthPass),
    /** A pass for older people. */
    SENIOR_PASS(CDV.SeniorPass),
    /** A reduced-price pass on social criteria. */
    SOLIDARITY_PASS(CDV.SolidarityPass);

    private final Node term;

    SubscriptionType(Node term) {
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
    public static SubscriptionType of(Node term) {
        return VocabularyTerm.find(SubscriptionType.class, term);
    }
}
