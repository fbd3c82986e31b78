// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;

/** Why a reading was taken or estimated, from {@code cdv:ReadingReasonScheme}. */
public enum ReadingReason implements VocabularyTerm {

    /** The regular reading on the schedule. */
    SCHEDULED(CDV.ScheduledReading),
    /** The meter reader could not get to the meter. */
    METER_INACCESSIBLE(CDV.MeterInaccessible),
    /** The meter was not measuring correctly. */
    METER_FAULT(CDV.MeterFault),
    /** The smart meter did not send its measurement. */
    TRANSMISSION_FAILURE(CDV.TransmissionFailure),
    /** The reading brackets the removal of a meter and the installation of the next. */
    METER_REPLACEMENT(CDV.MeterReplacement),
    /** The reading taken when moving in or opening the contract. */
    CONTRACT_START(CDV.ContractStart),
    /** The reading taken when moving out or closing the contract. */
    CONTRACT_END(CDV.ContractEnd);

    private final Node term;

    ReadingReason(Node term) {
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
    public static ReadingReason of(Node term) {
        return VocabularyTerm.find(ReadingReason.class, term);
    }
}
