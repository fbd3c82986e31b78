// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** The main mode of a trip, from {@code cdv:TransportModeScheme}. */
public enum TransportMode implements VocabularyTerm {

    /** On foot. */
    WALKING(CDV.Walking),
    /** By bicycle. */
    CYCLING(CDV.Cycling),
    /** By bus. */
    BUS(CDV.Bus),
    /** By tram. */
    TRAM(CDV.Tram),
    /** By metro. */
    METRO(CDV.Metro),
    /** By funicular. */
    FUNICULAR(CDV.Funicular),
    /** By train. */
    TRAIN(CDV.Train),
    /** By car, alone. */
    CAR(CDV.Car),
    /** By car, shared. */
    CARPOOL(CDV.Carpool),
    /** By motorcycle. */
    MOTORCYCLE(CDV.Motorcycle),
    /** By scooter. */
    SCOOTER(CDV.Scooter);

    private final Node term;

    TransportMode(Node term) {
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
    public static TransportMode of(Node term) {
        return VocabularyTerm.find(TransportMode.class, term);
    }
}
