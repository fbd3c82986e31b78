// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.SCHEMA;

/**
 * A supply contract between a supplier and the citizen, for one service point.
 *
 * @param iri the contract's IRI, such as {@code water/contract#contract}
 * @param number the supplier's contract number
 * @param provider the IRI of the supplier
 * @param domain what is supplied
 * @param servicePoint the service point covered, or null
 * @param holders the holders' IRIs, usually WebIDs, in IRI order
 * @param startDate when the contract started
 * @param endDate when it ended, or null while it runs
 * @param tariffOption its tariff option, or null
 */
public record SupplyContract(URI iri, String number, URI provider, ServiceDomain domain, URI servicePoint,
        List<URI> holders, LocalDate startDate, LocalDate endDate, TariffOption tariffOption)
        implements RdfDescription {

    /** Checks the components a contract always has, and copies the holders in IRI order. */
    public SupplyContract {
        requireNonNull(iri, "iri");
        requireNonNull(number, "number");
        requireNonNull(provider, "provider");
        requireNonNull(domain, "domain");
        holders = requireNonNull(holders, "holders").stream().sorted(Comparator.comparing(URI::toString)).toList();
        requireNonNull(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Contract " + number + " ends before it starts");
        }
    }

    /**
     * A running contract.
     *
     * @param iri the contract's IRI
     * @param number the contract number
     * @param provider the supplier
     * @param domain what is supplied
     * @param startDate when it started
     * @return the contract, with no service point, holder, end or tariff option
     */
    public static SupplyContract started(URI iri, String number, URI provider, ServiceDomain domain,
            LocalDate startDate) {
        return new SupplyContract(iri, number, provider, domain, null, List.of(), startDate, null, null);
    }

    /**
     * Returns this contract covering a service point.
     *
     * @param point the service point's IRI
     * @return a new contract
     */
    public SupplyContract withServicePoint(URI point) {
        return new SupplyContract(iri, number, provider, domain, point, holders, startDate, endDate, tariffOption);
    }

    /**
     * Returns this contract with one more holder.
     *
     * @param holder the holder's IRI, usually a WebID
     * @return a new contract
     */
    public SupplyContract withHolder(URI holder) {
        return new SupplyContract(iri, number, provider, domain, servicePoint,
                Stream.concat(holders.stream(), Stream.of(holder)).distinct().toList(), startDate, endDate,
                tariffOption);
    }

    /**
     * Returns this contract ended on a date.
     *
     * @param end the end date
     * @return a new contract
     */
    public SupplyContract endedOn(LocalDate end) {
        return new SupplyContract(iri, number, provider, domain, servicePoint, holders, startDate, end, tariffOption);
    }

    /**
     * Returns this contract with a tariff option.
     *
     * @param option the tariff option
     * @return a new contract
     */
    public SupplyContract withTariffOption(TariffOption option) {
        return new SupplyContract(iri, number, provider, domain, servicePoint, holders, startDate, endDate, option);
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = RdfValues.iri(iri);
        RdfValues.addType(graph, subject, CDV.SupplyContract);
        RdfValues.add(graph, subject, CDV.contractNumber, RdfValues.text(number));
        RdfValues.add(graph, subject, SCHEMA.provider, RdfValues.iri(provider));
        RdfValues.add(graph, subject, CDV.serviceDomain, domain.term());
        RdfValues.addOptional(graph, subject, CDV.servicePoint,
                servicePoint == null ? null : RdfValues.iri(servicePoint));
        holders.forEach(holder -> RdfValues.add(graph, subject, CDV.contractHolder, RdfValues.iri(holder)));
        RdfValues.add(graph, subject, SCHEMA.startDate, RdfValues.date(startDate));
        RdfValues.addOptional(graph, subject, SCHEMA.endDate, endDate == null ? null : RdfValues.date(endDate));
        RdfValues.addOptional(graph, subject, CDV.tariffOption, tariffOption == null ? null : tariffOption.term());
    }

    /**
     * Reads a contract from a graph.
     *
     * @param graph the graph
     * @param iri the contract's IRI
     * @return the contract
     * @throws IllegalArgumentException when the graph lacks a value the contract needs
     */
    public static SupplyContract fromGraph(Graph graph, URI iri) {
        Node s = RdfValues.iri(iri);
        return new SupplyContract(iri, RdfValues.literal(RdfValues.required(graph, s, CDV.contractNumber)),
                RdfValues.toUri(RdfValues.required(graph, s, SCHEMA.provider)),
                ServiceDomain.of(RdfValues.required(graph, s, CDV.serviceDomain)),
                RdfValues.optional(graph, s, CDV.servicePoint).map(RdfValues::toUri).orElse(null),
                RdfValues.toUris(RdfValues.all(graph, s, CDV.contractHolder)),
                RdfValues.toDate(RdfValues.required(graph, s, SCHEMA.startDate)),
                RdfValues.optional(graph, s, SCHEMA.endDate).map(RdfValues::toDate).orElse(null),
                RdfValues.optional(graph, s, CDV.tariffOption).map(TariffOption::of).orElse(null));
    }

    /**
     * Reads every contract of a graph.
     *
     * @param graph the graph
     * @return the contracts, in IRI order
     */
    public static List<SupplyContract> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, CDV.SupplyContract).stream().map(iri -> fromGraph(graph, iri))
                .toList();
    }
}
