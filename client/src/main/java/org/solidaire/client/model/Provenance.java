// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.PROV;

/**
 * Where a returned document comes from: one import run, a {@code cdv:ImportRun} with its start, the service that
 * ran it and the version of the shapes the data it wrote conforms to. It is stated on the document, never on the
 * data inside: a document names every run that wrote into it, so that the same data from two runs is the same
 * triples and a later export overlapping an earlier one adds only its new data and its run.
 *
 * @param importRun the IRI of the import run
 * @param agent the IRI of the service that returned the data, usually its WebID
 * @param startedAt when the run started, recorded as the time the data was returned
 * @param conformsTo the version IRI of the shapes the data conforms to
 */
public record Provenance(URI importRun, URI agent, OffsetDateTime startedAt, URI conformsTo) {

    /** Checks that every component is present. */
    public Provenance {
        requireNonNull(importRun, "importRun");
        requireNonNull(agent, "agent");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(conformsTo, "conformsTo");
    }

    /**
     * Provenance of data returned by an import run.
     *
     * @param importRun the run's IRI
     * @param agent the service that returned the data
     * @param startedAt when the run started
     * @param conformsTo the shapes version
     * @return the provenance
     */
    public static Provenance of(URI importRun, URI agent, OffsetDateTime startedAt, URI conformsTo) {
        return new Provenance(importRun, agent, startedAt, conformsTo);
    }

    /**
     * Adds to a graph that the run wrote into a document ({@code prov:wasGeneratedBy}, {@code prov:wasAttributedTo}
     * the service), and the description of the run.
     *
     * @param graph the graph
     * @param document the IRI of the document the run wrote into
     */
    public void addTo(Graph graph, URI document) {
        Node subject = RdfValues.iri(document);
        Node run = RdfValues.iri(importRun);
        Node by = RdfValues.iri(agent);
        RdfValues.add(graph, subject, PROV.wasGeneratedBy, run);
        RdfValues.add(graph, subject, PROV.wasAttributedTo, by);
        RdfValues.addType(graph, run, CDV.ImportRun);
        RdfValues.add(graph, run, PROV.startedAtTime, RdfValues.dateTime(startedAt));
        RdfValues.add(graph, run, PROV.wasAssociatedWith, by);
        RdfValues.add(graph, run, DCTERMS.conformsTo, RdfValues.iri(conformsTo));
    }

    /**
     * Reads the runs that wrote into a document from its graph.
     *
     * @param graph the graph
     * @param document the IRI of the document
     * @return the provenance of each run the document names, in no particular order
     * @throws IllegalArgumentException when the graph lacks a value a run needs
     */
    public static List<Provenance> fromGraph(Graph graph, URI document) {
        return graph.find(RdfValues.iri(document), PROV.wasGeneratedBy, Node.ANY).mapWith(Triple::getObject).toList()
                .stream().map(run -> new Provenance(RdfValues.toUri(run),
                        RdfValues.toUri(RdfValues.required(graph, run, PROV.wasAssociatedWith)),
                        RdfValues.toDateTime(RdfValues.required(graph, run, PROV.startedAtTime)),
                        RdfValues.toUri(RdfValues.required(graph, run, DCTERMS.conformsTo))))
                .toList();
    }
}
