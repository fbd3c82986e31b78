// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import java.net.URI;

/** A consumption reading: the {@link Observation} every reading states, and a result of its own kind. */
public sealed interface Reading extends RdfDescription
        permits WaterReading, ElectricityReading, GasReading, HeatReading {

    /**
     * Returns what the reading states beside its result.
     *
     * @return the service point, meter, period, method and the rest
     */
    Observation observation();

    @Override
    default URI iri() {
        return observation().iri();
    }
}
