// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.SOSA;

/**
 * A {@code cdv:ElectricityConsumptionObservation}: the energy used over the period in one tariff period.
 *
 * @param observation what every reading states
 * @param energy the energy used, in kilowatt-hours or megawatt-hours
 * @param tariffPeriod the hours it covers
 */
public record ElectricityReading(Observation observation, Quantity energy, TariffPeriod tariffPeriod)
        implements Reading {

    static final Set<Unit> ENERGY = Set.of(Unit.KILOWATT_HOUR, Unit.MEGAWATT_HOUR);

    /** Checks that the energy is in units of energy. */
    public ElectricityReading {
        requireNonNull(observation, "observation");
        requireNonNull(energy, "energy").requireUnit(ENERGY, "sosa:hasResult");
        requireNonNull(tariffPeriod, "tariffPeriod");
    }

    /**
     * An electricity reading.
     *
     * @param observation what the reading states
     * @param energy the energy used
     * @param tariffPeriod the hours it covers
     * @return the reading
     */
    public static ElectricityReading of(Observation observation, Quantity energy, TariffPeriod tariffPeriod) {
        return new ElectricityReading(observation, energy, tariffPeriod);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = observation.addTo(graph, CDV.ElectricityConsumptionObservation, CDV.ElectricityConsumption);
        RdfValues.add(graph, subject, CDV.tariffPeriod, tariffPeriod.term());
        Node result = RdfValues.derived(observation.iri(), "result");
        RdfValues.add(graph, subject, SOSA.hasResult, result);
        energy.addTo(graph, result);
    }

    /**
     * Reads an electricity reading from a graph.
     *
     * @param graph the graph
     * @param iri the reading's IRI
     * @return the reading
     * @throws IllegalArgumentException when the graph lacks a value the reading needs or has one of the wrong kind
     */
    public static ElectricityReading fromGraph(Graph graph, URI iri) {
        Node subject = RdfValues.iri(iri);
        return new ElectricityReading(Observation.from(graph, iri),
                Quantity.from(graph, RdfValues.required(graph, subject, SOSA.hasResult)),
                TariffPeriod.of(RdfValues.required(graph, subject, CDV.tariffPeriod)));
    }

    /**
     * Reads every electricity reading of a graph.
     *
     * @param graph the graph
     * @return the readings, in IRI order
     */
    public static List<ElectricityReading> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, CDV.ElectricityConsumptionObservation).stream()
                .map(iri -> fromGraph(graph, iri)).toList();
    }
}
