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
 * A {@code cdv:WaterConsumptionObservation}: the volume that went through the meter over the period and, when
 * known, the meter's index at the end of it.
 *
 * @param observation what every reading states
 * @param volume the volume consumed, in litres or cubic metres
 * @param meterIndex the meter's index at the end of the period, in litres or cubic metres, or null
 */
public record WaterReading(Observation observation, Quantity volume, Quantity meterIndex) implements Reading {

    private static final Set<Unit> VOLUME = Set.of(Unit.LITRE, Unit.CUBIC_METRE);

    /** Checks that the volumes are in units of volume. */
    public WaterReading {
        requireNonNull(observation, "observation");
        requireNonNull(volume, "volume").requireUnit(VOLUME, "sosa:hasResult");
        if (meterIndex != null) {
            meterIndex.requireUnit(VOLUME, "cdv:meterIndex");
        }
    }

    /**
     * A water reading without a meter index.
     *
     * @param observation what the reading states
     * @param volume the volume consumed
     * @return the reading
     */
    public static WaterReading of(Observation observation, Quantity volume) {
        return new WaterReading(observation, volume, null);
    }

    /**
     * Returns this reading with the meter's index at the end of the period.
     *
     * @param index the index
     * @return a new reading
     */
    public WaterReading withMeterIndex(Quantity index) {
        return new WaterReading(observation, volume, index);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = observation.addTo(graph, CDV.WaterConsumptionObservation, CDV.WaterConsumption);
        Node result = RdfValues.derived(observation.iri(), "result");
        RdfValues.add(graph, subject, SOSA.hasResult, result);
        volume.addTo(graph, result);
        if (meterIndex != null) {
            Node index = RdfValues.derived(observation.iri(), "index");
            RdfValues.add(graph, subject, CDV.meterIndex, index);
            meterIndex.addTo(graph, index);
        }
    }

    /**
     * Reads a water reading from a graph.
     *
     * @param graph the graph
     * @param iri the reading's IRI
     * @return the reading
     * @throws IllegalArgumentException when the graph lacks a value the reading needs or has one of the wrong kind
     */
    public static WaterReading fromGraph(Graph graph, URI iri) {
        Node subject = RdfValues.iri(iri);
        return new WaterReading(Observation.from(graph, iri),
                Quantity.from(graph, RdfValues.required(graph, subject, SOSA.hasResult)),
                RdfValues.optional(graph, subject, CDV.meterIndex).map(node -> Quantity.from(graph, node))
                        .orElse(null));
    }

    /**
     * Reads every water reading of a graph.
     *
     * @param graph the graph
     * @return the readings, in IRI order
     */
    public static List<WaterReading> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, CDV.WaterConsumptionObservation).stream()
                .map(iri -> fromGraph(graph, iri)).toList();
    }
}
