// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * The kinds of data a citizen grants separately, each kept in its own container of the pod and constrained by
 * its shape: an app granted the water container reads readings of water and nothing else.
 */
public enum DataType {

    /** Water consumption readings. */
    WATER("water/", "WaterConsumptionObservationShape"),
    /** Electricity consumption readings. */
    ELECTRICITY("electricity/", "ElectricityConsumptionObservationShape"),
    /** Gas consumption readings. */
    GAS("gas/", "GasConsumptionObservationShape"),
    /** District heating statements. */
    HEATING("heating/", "HeatConsumptionObservationShape"),
    /** Personal trips. */
    TRIPS("trips/", "TripShape"),
    /** Transport subscriptions. */
    SUBSCRIPTIONS("subscriptions/", "TransportSubscriptionShape"),
    /** The dwelling and its address. */
    HOUSING("housing/", "DwellingShape"),
    /** The citizen's consent records. */
    CONSENTS("consents/", "AccessGrantShape");

    private final String container;
    private final String shapeName;

    DataType(String container, String shapeName) {
        this.container = container;
        this.shapeName = shapeName;
    }

    /**
     * Returns the container's path relative to the pod root.
     *
     * @return a relative path ending with {@code /}, such as {@code water/}
     */
    public String container() {
        return container;
    }

    /**
     * Returns the shape that constrains the container's documents.
     *
     * @return the IRI node of a node shape of {@link CitizenDataShapes}
     */
    public Node shape() {
        return NodeFactory.createURI(CitizenDataShapes.NS + shapeName);
    }

    /**
     * Returns the class whose instances the container holds, the shape's target.
     *
     * @return the IRI node of a class of the Citizen Data Vocabulary
     */
    public Node targetClass() {
        return TargetClasses.OF.get(this);
    }

    /** The target classes, read from the shapes once, on first use: parsing them takes tens of milliseconds. */
    private static final class TargetClasses {

        private static final Map<DataType, Node> OF = read();

        private static Map<DataType, Node> read() {
            Graph shapes = CitizenDataShapes.graph();
            Map<DataType, Node> classes = new EnumMap<>(DataType.class);
            for (DataType type : values()) {
                classes.put(type, shapes.find(type.shape(), SHACL.targetClass, Node.ANY).next().getObject());
            }
            return Collections.unmodifiableMap(classes);
        }
    }
}
