// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.OffsetDateTime;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.PROV;

/**
 * Where returned data comes from: which import run generated it, which service returned it, when, and which version
 * of the shapes it conforms to. Written on a resource, it also describes the run as a {@code cdv:ImportRun}.
 *
 * @param importRun the IRI of the import run
 * @param agent the IRI of the service that returned the data, usually its WebID
 * @param generatedAt when the data was returned
 * @param conformsTo the version IRI of the shapes the data conforms to
 */
public record Provenance(URI importRun, URI agent, OffsetDateTime generatedAt, URI conformsTo) {

    /** Checks that every component is present. */
    public Provenance {
        requireNonNull(importRun, "importRun");
        requireNonNull(agent, "agent");
        requireNonNull(generatedAt, "generatedAt");
        requireNonNull(conformsTo, "conformsTo");
    }

    /**
     * Provenance of data returned by an import run.
     *
     * @param importRun the run's IRI
     * @param agent the service that returned the data
     * @param generatedAt when, which is also recorded as the run's start
     * @param conformsTo the shapes version
     * @return the provenance
     */
    public static Provenance of(URI importRun, URI agent, OffsetDateTime generatedAt, URI conformsTo) {
        return new Provenance(importRun, agent, generatedAt, conformsTo);
    }

    /**
     * Adds the provenance of a resource, and the description of the run, to a graph.
     *
     * @param graph the graph
     * @param resource the IRI of the resource the run generated
     */
    public void addTo(Graph graph, URI resource) {
        Node subject = RdfValues.iri(resource);
        Node run = RdfValues.iri(importRun);
        Node by = RdfValues.iri(agent);
        Node at = RdfValues.dateTime(generatedAt);
        RdfValues.add(graph, subject, PROV.wasGeneratedBy, run);
        RdfValues.add(graph, subject, PROV.wasAttributedTo, by);
        RdfValues.add(graph, subject, PROV.generatedAtTime, at);
        RdfValues.add(graph, subject, DCTERMS.conformsTo, RdfValues.iri(conformsTo));
        RdfValues.addType(graph, run, CDV.ImportRun);
        RdfValues.add(graph, run, PROV.startedAtTime, at);
        RdfValues.add(graph, run, PROV.wasAssociatedWith, by);
    }

    /**
     * Reads the provenance of a resource from a graph.
     *
     * @param graph the graph
     * @param resource the IRI of the resource
     * @return the provenance
     * @throws IllegalArgumentException when the graph lacks a value the provenance needs
     */
    public static Provenance fromGraph(Graph graph, URI resource) {
        Node s = RdfValues.iri(resource);
        return new Provenance(RdfValues.toUri(RdfValues.required(graph, s, PROV.wasGeneratedBy)),
                RdfValues.toUri(RdfValues.required(graph, s, PROV.wasAttributedTo)),
                RdfValues.toDateTime(RdfValues.required(graph, s, PROV.generatedAtTime)),
                RdfValues.toUri(RdfValues.required(graph, s, DCTERMS.conformsTo)));
    }
}
