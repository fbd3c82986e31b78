// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.SOSA;

/**
 * A {@code cdv:GasConsumptionObservation}: the volume measured and the energy billed for it, through the conversion
 * factor of the period.
 *
 * @param observation what every reading states
 * @param energy the energy billed, in kilowatt-hours or megawatt-hours
 * @param volume the gas volume measured, in cubic metres or litres
 * @param conversionFactor kilowatt-hours per cubic metre, above zero
 */
public record GasReading(Observation observation, Quantity energy, Quantity volume, BigDecimal conversionFactor)
        implements Reading {

    /** Checks the units and that the conversion factor is above zero. */
    public GasReading {
        requireNonNull(observation, "observation");
        requireNonNull(energy, "energy").requireUnit(ElectricityReading.ENERGY, "sosa:hasResult");
        requireNonNull(volume, "volume").requireUnit(Set.of(Unit.CUBIC_METRE, Unit.LITRE), "cdv:gasVolume");
        if (requireNonNull(conversionFactor, "conversionFactor").signum() <= 0) {
            throw new IllegalArgumentException("A conversion factor is above zero, not " + conversionFactor);
        }
    }

    /**
     * A gas reading.
     *
     * @param observation what the reading states
     * @param energy the energy billed
     * @param volume the volume measured
     * @param conversionFactor kilowatt-hours per cubic metre
     * @return the reading
     */
    public static GasReading of(Observation observation, Quantity energy, Quantity volume,
            BigDecimal conversionFactor) {
        return new GasReading(observation, energy, volume, conversionFactor);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = observation.addTo(graph, CDV.GasConsumptionObservation, CDV.GasConsumption);
        Node result = RdfValues.derived(observation.iri(), "result");
        RdfValues.add(graph, subject, SOSA.hasResult, result);
        energy.addTo(graph, result);
        Node measured = RdfValues.derived(observation.iri(), "volume");
        RdfValues.add(graph, subject, CDV.gasVolume, measured);
        volume.addTo(graph, measured);
        RdfValues.add(graph, subject, CDV.conversionFactor, RdfValues.decimal(conversionFactor));
    }

    /**
     * Reads a gas reading from a graph.
     *
     * @param graph the graph
     * @param iri the reading's IRI
     * @return the reading
     * @throws IllegalArgumentException when the graph lacks a value the reading needs or has one of the wrong kind
     */
    public static GasReading fromGraph(Graph graph, URI iri) {
        Node subject = RdfValues.iri(iri);
        return new GasReading(Observation.from(graph, iri),
                Quantity.from(graph, RdfValues.required(graph, subject, SOSA.hasResult)),
                Quantity.from(graph, RdfValues.required(graph, subject, CDV.gasVolume)),
                RdfValues.toDecimal(RdfValues.required(graph, subject, CDV.conversionFactor)));
    }

    /**
     * Reads every gas reading of a graph.
     *
     * @param graph the graph
     * @return the readings, in IRI order
     */
    public static List<GasReading> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, CDV.GasConsumptionObservation).stream()
                .map(iri -> fromGraph(graph, iri)).toList();
    }
}
