// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.OffsetDateTime;

import org.solidaire.client.model.Quantity;

/**
 * A water meter's index at one moment, as a {@code WaterConsumptionObserved} entity reports it: Smart Data Models
 * define {@code waterConsumption} as the total volume that has gone through the meter, not a consumption.
 *
 * @param entityId the NGSI-LD entity's identifier
 * @param observedAt when the index was read, or null when the payload does not say
 * @param index the index, in litres unless the payload gives another unit
 * @param sensor the IRI of the device that observed it ({@code observedBy}), or null
 */
public record MeterSnapshot(String entityId, OffsetDateTime observedAt, Quantity index, URI sensor) {

    /** Checks the components every snapshot has. */
    public MeterSnapshot {
        requireNonNull(entityId, "entityId");
        requireNonNull(index, "index");
    }
}
