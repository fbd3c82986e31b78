// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to import a water department's CSV export: who returns the data, which pod each service point's data goes
 * to, and what to do with bad rows.
 *
 * @param agent the WebID of the city service that returns the data, recorded as {@code prov:wasAttributedTo}
 * @param pods the pod root for a service point identifier, empty when the citizen has no pod
 * @param exportedAt when the export was made, recorded as the time the data was returned; null to take the
 *     file's last-modified time
 * @param zone the time zone of the service points, where a day starts and ends
 * @param skipInvalid whether to import the good rows of an input that has bad ones, rather than nothing
 * @param locale the language of the shapes' messages in problems
 */
public record WaterCsvOptions(URI agent, Function<String, Optional<URI>> pods, OffsetDateTime exportedAt,
        ZoneId zone, boolean skipInvalid, Locale locale) {

    /** The time zone of the service points unless told otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    /** Checks the components that are always needed. */
    public WaterCsvOptions {
        requireNonNull(agent, "agent");
        requireNonNull(pods, "pods");
        requireNonNull(zone, "zone");
        requireNonNull(locale, "locale");
    }

    /**
     * Options for a bulk export, one service point per citizen: each service point's data goes to the pod the map
     * gives; rows of a service point the map lacks are reported.
     *
     * @param agent the WebID of the city service
     * @param podByServicePoint the pod root of each service point identifier
     * @return the options, in the default zone, refusing any bad row
     */
    public static WaterCsvOptions forPods(URI agent, Map<String, URI> podByServicePoint) {
        Map<String, URI> pods = Map.copyOf(podByServicePoint);
        return new WaterCsvOptions(agent, id -> Optional.ofNullable(pods.get(id)), null, DEFAULT_ZONE, false,
                Locale.ENGLISH);
    }

    /**
     * Options for an export about one citizen: every service point's data goes to the same pod.
     *
     * @param agent the WebID of the city service
     * @param podRoot the citizen's pod root
     * @return the options, in the default zone, refusing any bad row
     */
    public static WaterCsvOptions forPod(URI agent, URI podRoot) {
        requireNonNull(podRoot, "podRoot");
        return new WaterCsvOptions(agent, id -> Optional.of(podRoot), null, DEFAULT_ZONE, false, Locale.ENGLISH);
    }

    /**
     * Returns these options with the time the export was made.
     *
     * @param time the export's time
     * @return new options
     */
    public WaterCsvOptions exportedAt(OffsetDateTime time) {
        return new WaterCsvOptions(agent, pods, time, zone, skipInvalid, locale);
    }

    /**
     * Returns these options in another time zone.
     *
     * @param timeZone the service points' time zone
     * @return new options
     */
    public WaterCsvOptions inZone(ZoneId timeZone) {
        return new WaterCsvOptions(agent, pods, exportedAt, timeZone, skipInvalid, locale);
    }

    /**
     * Returns these options importing the good rows of an input that has bad ones.
     *
     * @return new options
     */
    public WaterCsvOptions skippingInvalidRows() {
        return new WaterCsvOptions(agent, pods, exportedAt, zone, true, locale);
    }

    /**
     * Returns these options with the shapes' messages in another language.
     *
     * @param language the language
     * @return new options
     */
    public WaterCsvOptions withMessagesIn(Locale language) {
        return new WaterCsvOptions(agent, pods, exportedAt, zone, skipInvalid, language);
    }
}
