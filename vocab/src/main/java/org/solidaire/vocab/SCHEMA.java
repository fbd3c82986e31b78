// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of schema.org, in its {@code http} form used across Solid apps.
 *
 * @see <a href="http://schema.org/">http://schema.org/</a>
 */
public final class SCHEMA {

    /** The namespace IRI. */
    public static final String NS = "http://schema.org/";

    public static final Node Accommodation = Terms.uri(NS, "Accommodation");
    public static final Node Apartment = Terms.uri(NS, "Apartment");
    public static final Node House = Terms.uri(NS, "House");
    public static final Node Room = Terms.uri(NS, "Room");
    public static final Node Place = Terms.uri(NS, "Place");
    public static final Node GovernmentOrganization = Terms.uri(NS, "GovernmentOrganization");
    public static final Node GovernmentService = Terms.uri(NS, "GovernmentService");
    public static final Node MonetaryAmount = Terms.uri(NS, "MonetaryAmount");
    public static final Node Trip = Terms.uri(NS, "Trip");
    public static final Node Ticket = Terms.uri(NS, "Ticket");
    public static final Node Offer = Terms.uri(NS, "Offer");
    public static final Node homeLocation = Terms.uri(NS, "homeLocation");
    public static final Node provider = Terms.uri(NS, "provider");
    public static final Node category = Terms.uri(NS, "category");
    public static final Node startDate = Terms.uri(NS, "startDate");
    public static final Node endDate = Terms.uri(NS, "endDate");
    public static final Node value = Terms.uri(NS, "value");
    public static final Node currency = Terms.uri(NS, "currency");
    public static final Node serialNumber = Terms.uri(NS, "serialNumber");
    public static final Node departureTime = Terms.uri(NS, "departureTime");
    public static final Node arrivalTime = Terms.uri(NS, "arrivalTime");
    public static final Node name = Terms.uri(NS, "name");
    public static final Node identifier = Terms.uri(NS, "identifier");
    public static final Node customer = Terms.uri(NS, "customer");
    public static final Node occupancy = Terms.uri(NS, "occupancy");
    public static final Node accommodationCategory = Terms.uri(NS, "accommodationCategory");
    public static final Node amenityFeature = Terms.uri(NS, "amenityFeature");
    public static final Node fromLocation = Terms.uri(NS, "fromLocation");
    public static final Node toLocation = Terms.uri(NS, "toLocation");
    public static final Node distance = Terms.uri(NS, "distance");
    public static final Node totalPaymentDue = Terms.uri(NS, "totalPaymentDue");
    public static final Node programName = Terms.uri(NS, "programName");

    private SCHEMA() {
    }
}
