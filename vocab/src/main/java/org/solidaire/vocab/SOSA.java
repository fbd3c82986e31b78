// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Sensor, Observation, Sample and Actuator ontology (SOSA).
 *
 * @see <a href="http://www.w3.org/ns/sosa/">http://www.w3.org/ns/sosa/</a>
 */
public final class SOSA {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/sosa/";

    public static final Node Observation = Terms.uri(NS, "Observation");
    public static final Node FeatureOfInterest = Terms.uri(NS, "FeatureOfInterest");
    public static final Node ObservableProperty = Terms.uri(NS, "ObservableProperty");
    public static final Node Sensor = Terms.uri(NS, "Sensor");
    public static final Node Platform = Terms.uri(NS, "Platform");
    public static final Node Procedure = Terms.uri(NS, "Procedure");
    public static final Node Result = Terms.uri(NS, "Result");
    public static final Node hasFeatureOfInterest = Terms.uri(NS, "hasFeatureOfInterest");
    public static final Node observedProperty = Terms.uri(NS, "observedProperty");
    public static final Node madeBySensor = Terms.uri(NS, "madeBySensor");
    public static final Node hasResult = Terms.uri(NS, "hasResult");
    public static final Node hasSimpleResult = Terms.uri(NS, "hasSimpleResult");
    public static final Node resultTime = Terms.uri(NS, "resultTime");
    public static final Node phenomenonTime = Terms.uri(NS, "phenomenonTime");
    public static final Node usedProcedure = Terms.uri(NS, "usedProcedure");
    public static final Node isHostedBy = Terms.uri(NS, "isHostedBy");
    public static final Node hosts = Terms.uri(NS, "hosts");

    private SOSA() {
    }
}
