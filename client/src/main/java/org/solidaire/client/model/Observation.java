// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.SOSA;

/**
 * What every consumption reading states, whatever it measures: which service point and meter, which period, how
 * the value was obtained and what it cost. The readings ({@link WaterReading}, {@link ElectricityReading},
 * {@link GasReading}, {@link HeatReading}) add their result to it.
 *
 * @param iri the reading's IRI, usually a fragment of the month document, such as {@code water/2024-06#2024-06-01}
 * @param servicePoint the service point read, {@code sosa:hasFeatureOfInterest}
 * @param meter the meter read, {@code sosa:madeBySensor}, or null when unknown
 * @param contract the contract the reading falls under, or null
 * @param periodStart the start of the period, inclusive
 * @param periodEnd the end of the period, exclusive, after the start
 * @param resultTime when the value was obtained, or null
 * @param granularity the time step
 * @param readingMethod how the value was obtained
 * @param readingReason why it was taken or estimated, or null
 * @param cost what the consumption cost, or null
 */
public record Observation(URI iri, URI servicePoint, URI meter, URI contract, OffsetDateTime periodStart,
        OffsetDateTime periodEnd, OffsetDateTime resultTime, Granularity granularity, ReadingMethod readingMethod,
        ReadingReason readingReason, MonetaryAmount cost) {

    /** Checks the components every reading has, and that the period is not empty. */
    public Observation {
        requireNonNull(iri, "iri");
        requireNonNull(servicePoint, "servicePoint");
        requireNonNull(periodStart, "periodStart");
        requireNonNull(periodEnd, "periodEnd");
        requireNonNull(granularity, "granularity");
        requireNonNull(readingMethod, "readingMethod");
        if (!periodStart.isBefore(periodEnd)) {
            throw new IllegalArgumentException("The period of " + iri + " ends before it starts");
        }
    }

    /**
     * The common part of a reading over a period, with no meter, contract, result time, reason or cost yet.
     *
     * @param iri the reading's IRI
     * @param servicePoint the service point read
     * @param periodStart the start of the period
     * @param periodEnd the end of the period
     * @param granularity the time step
     * @param readingMethod how the value was obtained
     * @return the observation
     */
    public static Observation over(URI iri, URI servicePoint, OffsetDateTime periodStart, OffsetDateTime periodEnd,
            Granularity granularity, ReadingMethod readingMethod) {
        return new Observation(iri, servicePoint, null, null, periodStart, periodEnd, null, granularity,
                readingMethod, null, null);
    }

    /**
     * The common part of a daily reading: from midnight to midnight in the time zone of the service point, so a day
     * on which clocks change lasts 23 or 25 hours.
     *
     * @param iri the reading's IRI
     * @param servicePoint the service point read
     * @param day the day
     * @param zone the time zone of the service point, such as {@code Europe/Paris}
     * @param readingMethod how the value was obtained
     * @return the observation
     */
    public static Observation daily(URI iri, URI servicePoint, LocalDate day, ZoneId zone,
            ReadingMethod readingMethod) {
        return over(iri, servicePoint, day.atStartOfDay(zone).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), Granularity.DAILY, readingMethod);
    }

    /**
     * Returns this observation made by a meter.
     *
     * @param meterIri the meter's IRI
     * @return a new observation
     */
    public Observation withMeter(URI meterIri) {
        return new Observation(iri, servicePoint, meterIri, contract, periodStart, periodEnd, resultTime,
                granularity, readingMethod, readingReason, cost);
    }

    /**
     * Returns this observation under a contract.
     *
     * @param contractIri the contract's IRI
     * @return a new observation
     */
    public Observation withContract(URI contractIri) {
        return new Observation(iri, servicePoint, meter, contractIri, periodStart, periodEnd, resultTime,
                granularity, readingMethod, readingReason, cost);
    }

    /**
     * Returns this observation with the time its value was obtained.
     *
     * @param time the result time
     * @return a new observation
     */
    public Observation withResultTime(OffsetDateTime time) {
        return new Observation(iri, servicePoint, meter, contract, periodStart, periodEnd, time, granularity,
                readingMethod, readingReason, cost);
    }

    /**
     * Returns this observation with the reason it was taken or estimated.
     *
     * @param reason the reason
     * @return a new observation
     */
    public Observation withReadingReason(ReadingReason reason) {
        return new Observation(iri, servicePoint, meter, contract, periodStart, periodEnd, resultTime, granularity,
                readingMethod, reason, cost);
    }

    /**
     * Returns this observation with what the consumption cost.
     *
     * @param amount the cost
     * @return a new observation
     */
    public Observation withCost(MonetaryAmount amount) {
        return new Observation(iri, servicePoint, meter, contract, periodStart, periodEnd, resultTime, granularity,
                readingMethod, readingReason, amount);
    }

    /** Writes the common triples of a reading of the class, observing the property. */
    Node addTo(Graph graph, Node type, Node observedProperty) {
        Node subject = RdfValues.iri(iri);
        RdfValues.addType(graph, subject, type);
        RdfValues.add(graph, subject, SOSA.hasFeatureOfInterest, RdfValues.iri(servicePoint));
        RdfValues.addOptional(graph, subject, SOSA.madeBySensor, meter == null ? null : RdfValues.iri(meter));
        RdfValues.add(graph, subject, SOSA.observedProperty, observedProperty);
        RdfValues.addOptional(graph, subject, CDV.underContract, contract == null ? null : RdfValues.iri(contract));
        RdfValues.add(graph, subject, CDV.periodStart, RdfValues.dateTime(periodStart));
        RdfValues.add(graph, subject, CDV.periodEnd, RdfValues.dateTime(periodEnd));
        RdfValues.addOptional(graph, subject, SOSA.resultTime,
                resultTime == null ? null : RdfValues.dateTime(resultTime));
        RdfValues.add(graph, subject, CDV.granularity, granularity.term());
        RdfValues.add(graph, subject, CDV.readingMethod, readingMethod.term());
        RdfValues.addOptional(graph, subject, CDV.readingReason, readingReason == null ? null : readingReason.term());
        if (cost != null) {
            Node costNode = RdfValues.derived(iri, "cost");
            RdfValues.add(graph, subject, CDV.cost, costNode);
            cost.addTo(graph, costNode);
        }
        return subject;
    }

    static Observation from(Graph graph, URI iri) {
        Node s = RdfValues.iri(iri);
        return new Observation(iri,
                RdfValues.toUri(RdfValues.required(graph, s, SOSA.hasFeatureOfInterest)),
                RdfValues.optional(graph, s, SOSA.madeBySensor).map(RdfValues::toUri).orElse(null),
                RdfValues.optional(graph, s, CDV.underContract).map(RdfValues::toUri).orElse(null),
                RdfValues.toDateTime(RdfValues.required(graph, s, CDV.periodStart)),
                RdfValues.toDateTime(RdfValues.required(graph, s, CDV.periodEnd)),
                RdfValues.optional(graph, s, SOSA.resultTime).map(RdfValues::toDateTime).orElse(null),
                Granularity.of(RdfValues.required(graph, s, CDV.granularity)),
                ReadingMethod.of(RdfValues.required(graph, s, CDV.readingMethod)),
                RdfValues.optional(graph, s, CDV.readingReason).map(ReadingReason::of).orElse(null),
                RdfValues.optional(graph, s, CDV.cost).map(node -> MonetaryAmount.from(graph, node)).orElse(null));
    }
}
