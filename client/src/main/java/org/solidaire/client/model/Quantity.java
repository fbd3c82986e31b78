// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.vocab.QUDT;

/**
 * An amount with its unit, written as a {@code qudt:QuantityValue}: zero or more, as every quantity of the shapes.
 *
 * @param value the amount, zero or more
 * @param unit its unit
 */
public record Quantity(BigDecimal value, Unit unit) {

    /** Checks that the amount is present and not negative. */
    public Quantity {
        requireNonNull(value, "value");
        requireNonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A quantity is zero or more, not " + value);
        }
    }

    /**
     * A volume in litres.
     *
     * @param value the number of litres
     * @return the quantity
     */
    public static Quantity litres(BigDecimal value) {
        return new Quantity(value, Unit.LITRE);
    }

    /**
     * A volume in cubic metres.
     *
     * @param value the number of cubic metres
     * @return the quantity
     */
    public static Quantity cubicMetres(BigDecimal value) {
        return new Quantity(value, Unit.CUBIC_METRE);
    }

    /**
     * An energy in kilowatt-hours.
     *
     * @param value the number of kilowatt-hours
     * @return the quantity
     */
    public static Quantity kilowattHours(BigDecimal value) {
        return new Quantity(value, Unit.KILOWATT_HOUR);
    }

    /**
     * A length in kilometres.
     *
     * @param value the number of kilometres
     * @return the quantity
     */
    public static Quantity kilometres(BigDecimal value) {
        return new Quantity(value, Unit.KILOMETRE);
    }

    /**
     * A mass in grams.
     *
     * @param value the number of grams
     * @return the quantity
     */
    public static Quantity grams(BigDecimal value) {
        return new Quantity(value, Unit.GRAM);
    }

    /** Refuses a unit that the shape of the property does not accept, naming the property. */
    Quantity requireUnit(Set<Unit> accepted, String property) {
        if (!accepted.contains(unit)) {
            throw new IllegalArgumentException(property + " takes a quantity in one of " + accepted + ", not " + unit);
        }
        return this;
    }

    void addTo(Graph graph, Node node) {
        RdfValues.addType(graph, node, QUDT.QuantityValue);
        RdfValues.add(graph, node, QUDT.numericValue, RdfValues.decimal(value));
        RdfValues.add(graph, node, QUDT.hasUnit, unit.term());
    }

    static Quantity from(Graph graph, Node node) {
        return new Quantity(RdfValues.toDecimal(RdfValues.required(graph, node, QUDT.numericValue)),
                Unit.of(RdfValues.required(graph, node, QUDT.hasUnit)));
    }
}
