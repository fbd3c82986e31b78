// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** What a contract or service point supplies, from {@code cdv:ServiceDomainScheme}. */
public enum ServiceDomain implements VocabularyTerm {

    /** Drinking water. */
    WATER(CDV.WaterSupply),
    /** Electricity. */
    ELECTRICITY(CDV.ElectricitySupply),
    /** Natural gas. */
    GAS(CDV.GasSupply),
    /** District heating. */
    DISTRICT_HEATING(CDV.DistrictHeatingSupply),
    /** Public transport, for contracts only: it has no service point. */
    PUBLIC_TRANSPORT(CDV.PublicTransport);

    private final Node term;

    ServiceDomain(Node term) {
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
    public static ServiceDomain of(Node term) {
        return VocabularyTerm.find(ServiceDomain.class, term);
    }
}
