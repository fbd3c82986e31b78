// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How to import NGSI-LD water entities for one citizen.
 *
 * @param agent the WebID of the city service that returns the data
 * @param podRoot the citizen's pod root, ending with {@code /}
 * @param servicePoint the IRI of the citizen's water service point, the readings' feature of interest
 * @param exportedAt when the entities were exported, recorded as the time the data was returned
 * @param zone the time zone of the service point, where a day starts
 * @param locale the language of the shapes' messages in problems
 */
public record NgsiLdOptions(URI agent, URI podRoot, URI servicePoint, OffsetDateTime exportedAt, ZoneId zone,
        Locale locale) {

    /** Checks that every component is present. */
    public NgsiLdOptions {
        requireNonNull(agent, "agent");
        requireNonNull(podRoot, "podRoot");
        requireNonNull(servicePoint, "servicePoint");
        requireNonNull(exportedAt, "exportedAt");
        requireNonNull(zone, "zone");
        requireNonNull(locale, "locale");
    }

    /**
     * Options for one citizen's pod, whose service point is {@code water/contract#point} as the CSV importer names
     * it.
     *
     * @param agent the WebID of the city service
     * @param podRoot the pod root
     * @param exportedAt when the entities were exported
     * @return the options, in the time zone of Paris
     */
    public static NgsiLdOptions forPod(URI agent, URI podRoot, OffsetDateTime exportedAt) {
        return new NgsiLdOptions(agent, podRoot, WaterDocuments.servicePointIri(podRoot), exportedAt,
                WaterCsvOptions.DEFAULT_ZONE, Locale.ENGLISH);
    }

    /**
     * Returns these options in another time zone.
     *
     * @param timeZone the service point's time zone
     * @return new options
     */
    public NgsiLdOptions inZone(ZoneId timeZone) {
        return new NgsiLdOptions(agent, podRoot, servicePoint, exportedAt, timeZone, locale);
    }
}
