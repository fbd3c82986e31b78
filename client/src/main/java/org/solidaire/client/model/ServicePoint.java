// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.LOCN;

/**
 * Where a utility is delivered and metered, the feature of interest of the readings.
 *
 * @param iri the service point's IRI, such as {@code water/contract#point}
 * @param identifier the supplier's identifier of the point
 * @param domain what it supplies: water, electricity, gas or district heating
 * @param address the IRI of its {@code locn:Address}, or null
 */
public record ServicePoint(URI iri, String identifier, ServiceDomain domain, URI address) implements RdfDescription {

    /** Checks the components a service point always has, and that it is not for public transport. */
    public ServicePoint {
        requireNonNull(iri, "iri");
        requireNonNull(identifier, "identifier");
        requireNonNull(domain, "domain");
        if (domain == ServiceDomain.PUBLIC_TRANSPORT) {
            throw new IllegalArgumentException("Public transport has no service point");
        }
    }

    /**
     * A service point known by its supplier's identifier.
     *
     * @param iri the service point's IRI
     * @param identifier the supplier's identifier
     * @param domain what it supplies
     * @return the service point, with no address
     */
    public static ServicePoint identified(URI iri, String identifier, ServiceDomain domain) {
        return new ServicePoint(iri, identifier, domain, null);
    }

    /**
     * Returns this service point at an address.
     *
     * @param addressIri the IRI of the address
     * @return a new service point
     */
    public ServicePoint withAddress(URI addressIri) {
        return new ServicePoint(iri, identifier, domain, addressIri);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = RdfValues.iri(iri);
        RdfValues.addType(graph, subject, CDV.ServicePoint);
        RdfValues.add(graph, subject, CDV.servicePointId, RdfValues.text(identifier));
        RdfValues.add(graph, subject, CDV.serviceDomain, domain.term());
        RdfValues.addOptional(graph, subject, LOCN.address, address == null ? null : RdfValues.iri(address));
    }

    /**
     * Reads a service point from a graph.
     *
     * @param graph the graph
     * @param iri the service point's IRI
     * @return the service point
     * @throws IllegalArgumentException when the graph lacks a value the service point needs
     */
    public static ServicePoint fromGraph(Graph graph, URI iri) {
        Node subject = RdfValues.iri(iri);
        return new ServicePoint(iri, RdfValues.literal(RdfValues.required(graph, subject, CDV.servicePointId)),
                ServiceDomain.of(RdfValues.required(graph, subject, CDV.serviceDomain)),
                RdfValues.optional(graph, subject, LOCN.address).map(RdfValues::toUri).orElse(null));
    }

    /**
     * Reads every service point of a graph.
     *
     * @param graph the graph
     * @return the service points, in IRI order
     */
    public static List<ServicePoint> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, CDV.ServicePoint).stream().map(iri -> fromGraph(graph, iri)).toList();
    }
}
