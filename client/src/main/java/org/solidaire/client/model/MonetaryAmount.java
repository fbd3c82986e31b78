// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.SCHEMA;

/**
 * A sum of money, written as a {@code schema:MonetaryAmount}.
 *
 * @param value the sum
 * @param currency its ISO 4217 code, three capital letters
 */
public record MonetaryAmount(BigDecimal value, String currency) {

    /** Checks that the currency is an ISO 4217 code. */
    public MonetaryAmount {
        requireNonNull(value, "value");
        requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A currency is an ISO 4217 code such as EUR, not " + currency);
        }
    }

    /**
     * A sum in euros.
     *
     * @param value the number of euros
     * @return the amount
     */
    public static MonetaryAmount euros(BigDecimal value) {
        return new MonetaryAmount(value, "EUR");
    }

    void addTo(Graph graph, Node node) {
        RdfValues.addType(graph, node, SCHEMA.MonetaryAmount);
        RdfValues.add(graph, node, SCHEMA.value, RdfValues.decimal(value));
        RdfValues.add(graph, node, SCHEMA.currency, RdfValues.text(currency));
    }

    static MonetaryAmount from(Graph graph, Node node) {
        return new MonetaryAmount(RdfValues.toDecimal(RdfValues.required(graph, node, SCHEMA.value)),
                RdfValues.literal(RdfValues.required(graph, node, SCHEMA.currency)));
    }
}
