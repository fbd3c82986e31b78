// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.SCHEMA;

/**
 * A trip the citizen made, as a transport operator or a mobility app records it.
 *
 * @param iri the trip's IRI, such as {@code mobility/trips-2025-w10#trip-01}
 * @param departureTime when it started
 * @param arrivalTime when it ended, after the departure, or null
 * @param transportMode its main mode
 * @param origin where it started
 * @param destination where it ended
 * @param distance its length, in metres or kilometres, or null
 * @param purpose why it was made, or null
 * @param co2Emission the CO2 it emitted, in grams or kilograms, or null
 */
public record Trip(URI iri, OffsetDateTime departureTime, OffsetDateTime arrivalTime, TransportMode transportMode,
        Place origin, Place destination, Quantity distance, TripPurpose purpose, Quantity co2Emission)
        implements RdfDescription {

    private static final Set<Unit> LENGTH = Set.of(Unit.METRE, Unit.KILOMETRE);
    private static final Set<Unit> MASS = Set.of(Unit.GRAM, Unit.KILOGRAM);

    /** Checks the components a trip always has, the units, and that it arrives after it leaves. */
    public Trip {
        requireNonNull(iri, "iri");
        requireNonNull(departureTime, "departureTime");
        requireNonNull(transportMode, "transportMode");
        requireNonNull(origin, "origin");
        requireNonNull(destination, "destination");
        if (arrivalTime != null && !departureTime.isBefore(arrivalTime)) {
            throw new IllegalArgumentException("Trip " + iri + " arrives before it leaves");
        }
        if (distance != null) {
            distance.requireUnit(LENGTH, "cdv:distance");
        }
        if (co2Emission != null) {
            co2Emission.requireUnit(MASS, "cdv:co2Emission");
        }
    }

    /**
     * A trip from one place to another.
     *
     * @param iri the trip's IRI
     * @param departureTime when it started
     * @param transportMode its main mode
     * @param origin where it started
     * @param destination where it ended
     * @return the trip, with no arrival time, distance, purpose or emission
     */
    public static Trip departing(URI iri, OffsetDateTime departureTime, TransportMode transportMode, Place origin,
            Place destination) {
        return new Trip(iri, departureTime, null, transportMode, origin, destination, null, null, null);
    }

    /**
     * Returns this trip arriving at a time.
     *
     * @param time the arrival time
     * @return a new trip
     */
    public Trip arriving(OffsetDateTime time) {
        return new Trip(iri, departureTime, time, transportMode, origin, destination, distance, purpose, co2Emission);
    }

    /**
     * Returns this trip with its length.
     *
     * @param length the distance
     * @return a new trip
     */
    public Trip withDistance(Quantity length) {
        return new Trip(iri, departureTime, arrivalTime, transportMode, origin, destination, length, purpose,
                co2Emission);
    }

    /**
     * Returns this trip with its purpose.
     *
     * @param why the purpose
     * @return a new trip
     */
    public Trip withPurpose(TripPurpose why) {
        return new Trip(iri, departureTime, arrivalTime, transportMode, origin, destination, distance, why,
                co2Emission);
    }

    /**
     * Returns this trip with the CO2 it emitted.
     *
     * @param mass the emission
     * @return a new trip
     */
    public Trip withCo2Emission(Quantity mass) {
        return new Trip(iri, departureTime, arrivalTime, transportMode, origin, destination, distance, purpose, mass);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = RdfValues.iri(iri);
        RdfValues.addType(graph, subject, CDV.Trip);
        RdfValues.add(graph, subject, SCHEMA.departureTime, RdfValues.dateTime(departureTime));
        RdfValues.addOptional(graph, subject, SCHEMA.arrivalTime,
                arrivalTime == null ? null : RdfValues.dateTime(arrivalTime));
        RdfValues.add(graph, subject, CDV.transportMode, transportMode.term());
        RdfValues.addOptional(graph, subject, CDV.tripPurpose, purpose == null ? null : purpose.term());
        addPart(graph, subject, CDV.origin, "origin", origin::addTo);
        addPart(graph, subject, CDV.destination, "destination", destination::addTo);
        if (distance != null) {
            addPart(graph, subject, CDV.distance, "distance", distance::addTo);
        }
        if (co2Emission != null) {
            addPart(graph, subject, CDV.co2Emission, "co2", co2Emission::addTo);
        }
    }

    private void addPart(Graph graph, Node subject, Node property, String suffix,
            BiConsumer<Graph, Node> writer) {
        Node part = RdfValues.derived(iri, suffix);
        RdfValues.add(graph, subject, property, part);
        writer.accept(graph, part);
    }

    /**
     * Reads a trip from a graph.
     *
     * @param graph the graph
     * @param iri the trip's IRI
     * @return the trip
     * @throws IllegalArgumentException when the graph lacks a value the trip needs
     */
    public static Trip fromGraph(Graph graph, URI iri) {
        Node s = RdfValues.iri(iri);
        return new Trip(iri, RdfValues.toDateTime(RdfValues.required(graph, s, SCHEMA.departureTime)),
                RdfValues.optional(graph, s, SCHEMA.arrivalTime).map(RdfValues::toDateTime).orElse(null),
                TransportMode.of(RdfValues.required(graph, s, CDV.transportMode)),
                Place.from(graph, RdfValues.required(graph, s, CDV.origin)),
                Place.from(graph, RdfValues.required(graph, s, CDV.destination)),
                RdfValues.optional(graph, s, CDV.distance).map(node -> Quantity.from(graph, node)).orElse(null),
                RdfValues.optional(graph, s, CDV.tripPurpose).map(TripPurpose::of).orElse(null),
                RdfValues.optional(graph, s, CDV.co2Emission).map(node -> Quantity.from(graph, node)).orElse(null));
    }

    /**
     * Reads every trip of a graph.
     *
     * @param graph the graph
     * @return the trips, in IRI order
     */
    public static List<Trip> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, CDV.Trip).stream().map(iri -> fromGraph(graph, iri)).toList();
    }
}
