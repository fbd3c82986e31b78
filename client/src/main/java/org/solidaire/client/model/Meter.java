// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.SCHEMA;
import org.solidaire.vocab.SOSA;

/**
 * A meter installed at a service point, the {@code sosa:Sensor} that readings are made by.
 *
 * @param iri the meter's IRI, such as {@code water/contract#meter-2024}
 * @param kind what it measures
 * @param serialNumber the number printed on it
 * @param servicePoint where it is installed
 * @param installedOn when it was installed, or null
 * @param removedOn when it was removed, or null while it is in place
 */
public record Meter(URI iri, MeterKind kind, String serialNumber, URI servicePoint, LocalDate installedOn,
        LocalDate removedOn) implements RdfDescription {

    /** Checks the components a meter always has. */
    public Meter {
        requireNonNull(iri, "iri");
        requireNonNull(kind, "kind");
        requireNonNull(serialNumber, "serialNumber");
        requireNonNull(servicePoint, "servicePoint");
        if (installedOn != null && removedOn != null && removedOn.isBefore(installedOn)) {
            throw new IllegalArgumentException("Meter " + serialNumber + " is removed before it is installed");
        }
    }

    /**
     * A meter in place at a service point.
     *
     * @param iri the meter's IRI
     * @param kind what it measures
     * @param serialNumber its serial number
     * @param servicePoint where it is installed
     * @return the meter, with no installation or removal date
     */
    public static Meter installedAt(URI iri, MeterKind kind, String serialNumber, URI servicePoint) {
        return new Meter(iri, kind, serialNumber, servicePoint, null, null);
    }

    /**
     * Returns this meter with the dates it was installed and removed.
     *
     * @param installed the installation date, or null
     * @param removed the removal date, or null
     * @return a new meter
     */
    public Meter withDates(LocalDate installed, LocalDate removed) {
        return new Meter(iri, kind, serialNumber, servicePoint, installed, removed);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = RdfValues.iri(iri);
        RdfValues.addType(graph, subject, kind.term());
        RdfValues.addType(graph, subject, SOSA.Sensor);
        RdfValues.add(graph, subject, SCHEMA.serialNumber, RdfValues.text(serialNumber));
        RdfValues.add(graph, subject, CDV.installedAt, RdfValues.iri(servicePoint));
        RdfValues.addOptional(graph, subject, CDV.installedOn,
                installedOn == null ? null : RdfValues.date(installedOn));
        RdfValues.addOptional(graph, subject, CDV.removedOn, removedOn == null ? null : RdfValues.date(removedOn));
    }

    /**
     * Reads a meter from a graph.
     *
     * @param graph the graph
     * @param iri the meter's IRI
     * @return the meter
     * @throws IllegalArgumentException when the graph lacks a value the meter needs or types it as no meter
     */
    public static Meter fromGraph(Graph graph, URI iri) {
        Node subject = RdfValues.iri(iri);
        MeterKind kind = RdfValues.all(graph, subject, RDF.Nodes.type).stream()
                .flatMap(type -> Arrays.stream(MeterKind.values()).filter(k -> k.term().equals(type)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(iri + " is typed as no kind of meter"));
        return new Meter(iri, kind, RdfValues.literal(RdfValues.required(graph, subject, SCHEMA.serialNumber)),
                RdfValues.toUri(RdfValues.required(graph, subject, CDV.installedAt)),
                RdfValues.optional(graph, subject, CDV.installedOn).map(RdfValues::toDate).orElse(null),
                RdfValues.optional(graph, subject, CDV.removedOn).map(RdfValues::toDate).orElse(null));
    }

    /**
     * Reads every meter of a graph, of any kind.
     *
     * @param graph the graph
     * @return the meters, in IRI order
     */
    public static List<Meter> allIn(Graph graph) {
        List<URI> iris = new ArrayList<>();
        for (MeterKind kind : MeterKind.values()) {
            iris.addAll(RdfValues.subjectsOfType(graph, kind.term()));
        }
        return iris.stream().distinct().sorted(Comparator.comparing(URI::toString))
                .map(iri -> fromGraph(graph, iri)).toList();
    }
}
