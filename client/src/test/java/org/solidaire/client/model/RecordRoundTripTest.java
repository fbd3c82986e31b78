// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.shapes.ValidationReport;

class RecordRoundTripTest {

    static Stream<Arguments> records() {
        return Stream.of(
                kind(ModelExamples.water(), WaterReading::fromGraph),
                kind(minimalWater(), WaterReading::fromGraph),
                kind(ModelExamples.electricity(), ElectricityReading::fromGraph),
                kind(ModelExamples.gas(), GasReading::fromGraph),
                kind(ModelExamples.heat(), HeatReading::fromGraph),
                kind(ModelExamples.meter(), Meter::fromGraph),
                kind(ModelExamples.servicePoint(), ServicePoint::fromGraph),
                kind(ModelExamples.contract(), SupplyContract::fromGraph),
                kind(ModelExamples.trip(), Trip::fromGraph),
                kind(ModelExamples.subscription(), TransportSubscription::fromGraph),
                kind(ModelExamples.profile(), CitizenProfile::fromGraph));
    }

    private static Arguments kind(RdfDescription record, BiFunction<Graph, URI, ? extends RdfDescription> reader) {
        return Arguments.of(record.getClass().getSimpleName(), record, reader);
    }

    private static WaterReading minimalWater() {
        return WaterReading.of(Observation.daily(ModelExamples.iri("water/2024-06#2024-06-02"),
                ModelExamples.iri("water/contract#point"), LocalDate.of(2024, 6, 2), ModelExamples.PARIS,
                ReadingMethod.ACTUAL), Quantity.litres(BigDecimal.ZERO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void readsBackWhatItWrote(String kind, RdfDescription record,
            BiFunction<Graph, URI, ? extends RdfDescription> reader) {
        assertEquals(record, reader.apply(record.toGraph(), record.iri()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void writesNoBlankNode(String kind, RdfDescription record,
            BiFunction<Graph, URI, ? extends RdfDescription> reader) {
        Graph graph = record.toGraph();
        assertFalse(graph.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void writesWhatTheShapesAccept(String kind, RdfDescription record,
            BiFunction<Graph, URI, ? extends RdfDescription> reader) {
        ValidationReport report = ShapeValidator.standard().validate(record.toGraph(), Locale.ENGLISH);
        assertTrue(report.accepted(), () -> report.violations().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void writingTwiceAddsNothing(String kind, RdfDescription record,
            BiFunction<Graph, URI, ? extends RdfDescription> reader) {
        Graph graph = record.toGraph();
        int size = graph.size();
        record.addTo(graph);
        assertEquals(size, graph.size());
    }

    @Test
    void namesTheValuesOfAReadingAfterItsIri() {
        Graph graph = ModelExamples.water().toGraph();
        List<String> objects = graph.find(Node.ANY, Node.ANY, Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isURI).mapWith(Node::getURI).toList();
        assertTrue(objects.contains(ModelExamples.POD + "water/2024-06#2024-06-01-result"));
        assertTrue(objects.contains(ModelExamples.POD + "water/2024-06#2024-06-01-index"));
        assertTrue(objects.contains(ModelExamples.POD + "water/2024-06#2024-06-01-cost"));
    }

    @Test
    void refusesAVolumeInUnitsOfEnergy() {
        Observation day = minimalWater().observation();
        assertThrows(IllegalArgumentException.class,
                () -> WaterReading.of(day, Quantity.kilowattHours(BigDecimal.ONE)));
    }

    @Test
    void refusesANegativeQuantity() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.litres(new BigDecimal("-1")));
    }

    @Test
    void saysWhichValueAReadingLacks() {
        Graph graph = minimalWater().toGraph();
        graph.remove(Node.ANY, org.solidaire.vocab.CDV.readingMethod, Node.ANY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WaterReading.fromGraph(graph, minimalWater().iri()));
        assertTrue(e.getMessage().contains("readingMethod"), e.getMessage());
    }
}
