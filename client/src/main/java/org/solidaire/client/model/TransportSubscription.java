// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.SCHEMA;

/**
 * A public transport subscription of the citizen.
 *
 * @param iri the subscription's IRI, such as {@code mobility/subscription-2025#pass}
 * @param type its kind
 * @param provider the IRI of the network operator
 * @param startDate its first day
 * @param endDate its last day, not before the first, or null
 * @param cost what it cost, or null
 */
public record TransportSubscription(URI iri, SubscriptionType type, URI provider, LocalDate startDate,
        LocalDate endDate, MonetaryAmount cost) implements RdfDescription {

    /** Checks the components a subscription always has, and its dates. */
    public TransportSubscription {
        requireNonNull(iri, "iri");
        requireNonNull(type, "type");
        requireNonNull(provider, "provider");
        requireNonNull(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Subscription " + iri + " ends before it starts");
        }
    }

    /**
     * A subscription over a span of days.
     *
     * @param iri the subscription's IRI
     * @param type its kind
     * @param provider the network operator
     * @param startDate its first day
     * @param endDate its last day, or null
     * @return the subscription, with no cost
     */
    public static TransportSubscription valid(URI iri, SubscriptionType type, URI provider, LocalDate startDate,
            LocalDate endDate) {
        return new TransportSubscription(iri, type, provider, startDate, endDate, null);
    }

    /**
     * Returns this subscription with what it cost.
     *
     * @param amount the cost
     * @return a new subscription
     */
    public TransportSubscription withCost(MonetaryAmount amount) {
        return new TransportSubscription(iri, type, provider, startDate, endDate, amount);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = RdfValues.iri(iri);
        RdfValues.addType(graph, subject, CDV.TransportSubscription);
        RdfValues.add(graph, subject, CDV.subscriptionType, type.term());
        RdfValues.add(graph, subject, SCHEMA.provider, RdfValues.iri(provider));
        RdfValues.add(graph, subject, SCHEMA.startDate, RdfValues.date(startDate));
        RdfValues.addOptional(graph, subject, SCHEMA.endDate, endDate == null ? null : RdfValues.date(endDate));
        if (cost != null) {
            Node costNode = RdfValues.derived(iri, "cost");
            RdfValues.add(graph, subject, CDV.cost, costNode);
            cost.addTo(graph, costNode);
        }
    }

    /**
     * Reads a subscription from a graph.
     *
     * @param graph the graph
     * @param iri the subscription's IRI
     * @return the subscription
     * @throws IllegalArgumentException when the graph lacks a value the subscription needs
     */
    public static TransportSubscription fromGraph(Graph graph, URI iri) {
        Node s = RdfValues.iri(iri);
        return new TransportSubscription(iri, SubscriptionType.of(RdfValues.required(graph, s, CDV.subscriptionType)),
                RdfValues.toUri(RdfValues.required(graph, s, SCHEMA.provider)),
                RdfValues.toDate(RdfValues.required(graph, s, SCHEMA.startDate)),
                RdfValues.optional(graph, s, SCHEMA.endDate).map(RdfValues::toDate).orElse(null),
                RdfValues.optional(graph, s, CDV.cost).map(node -> MonetaryAmount.from(graph, node)).orElse(null));
    }

    /**
     * Reads every subscription of a graph.
     *
     * @param graph the graph
     * @return the subscriptions, in IRI order
     */
    public static List<TransportSubscription> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, CDV.TransportSubscription).stream().map(iri -> fromGraph(graph, iri))
                .toList();
    }
}
