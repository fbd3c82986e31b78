// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.SOSA;

/**
 * A {@code cdv:HeatConsumptionObservation}: the heat a district heating network delivered over the period.
 *
 * @param observation what every reading states
 * @param energy the heat delivered, in kilowatt-hours or megawatt-hours
 */
public record HeatReading(Observation observation, Quantity energy) implements Reading {

    /** Checks that the heat is in units of energy. */
    public HeatReading {
        requireNonNull(observation, "observation");
        requireNonNull(energy, "energy").requireUnit(ElectricityReading.ENERGY, "sosa:hasResult");
    }

    /**
     * A district heating reading.
     *
     * @param observation what the reading states
     * @param energy the heat delivered
     * @return the reading
     */
    public static HeatReading of(Observation observation, Quantity energy) {
        return new HeatReading(observation, energy);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = observation.addTo(graph, CDV.HeatConsumptionObservation, CDV.HeatConsumption);
        Node result = RdfValues.derived(observation.iri(), "result");
        RdfValues.add(graph, subject, SOSA.hasResult, result);
        energy.addTo(graph, result);
    }

    /**
     * Reads a district heating reading from a graph.
     *
     * @param graph the graph
     * @param iri the reading's IRI
     * @return the reading
     * @throws IllegalArgumentException when the graph lacks a value the reading needs or has one of the wrong kind
     */
    public static HeatReading fromGraph(Graph graph, URI iri) {
        return new HeatReading(Observation.from(graph, iri),
                Quantity.from(graph, RdfValues.required(graph, RdfValues.iri(iri), SOSA.hasResult)));
    }

    /**
     * Reads every district heating reading of a graph.
     *
     * @param graph the graph
     * @return the readings, in IRI order
     */
    public static List<HeatReading> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, CDV.HeatConsumptionObservation).stream()
                .map(iri -> fromGraph(graph, iri)).toList();
    }
}
