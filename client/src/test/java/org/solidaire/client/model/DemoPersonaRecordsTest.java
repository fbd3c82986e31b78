// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.shapes.ValidationReport;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.PERSON;
import org.solidaire.vocab.S4WATR;

/**
 * Every resource of the demo persona, read into records and written back: the records carry all the persona says
 * about the kinds they cover, and what they write still satisfies the shapes.
 */
class DemoPersonaRecordsTest {

    private static final DatasetGraph PERSONA = persona();

    private static final List<Function<Graph, List<? extends RdfDescription>>> READERS = List.of(
            WaterReading::allIn, ElectricityReading::allIn, GasReading::allIn, HeatReading::allIn, Meter::allIn,
            ServicePoint::allIn, SupplyContract::allIn, Trip::allIn, TransportSubscription::allIn,
            CitizenProfile::allIn);

    private static final List<Node> COVERED = List.of(CDV.WaterConsumptionObservation,
            CDV.ElectricityConsumptionObservation, CDV.GasConsumptionObservation, CDV.HeatConsumptionObservation,
            S4WATR.WaterMeter, CDV.ElectricityMeter, CDV.GasMeter, CDV.HeatMeter, CDV.ServicePoint, CDV.SupplyContract,
            CDV.Trip, CDV.TransportSubscription, PERSON.Person);

    private static DatasetGraph persona() {
        try (InputStream in = CitizenDataShapes.class.getResourceAsStream(CitizenDataShapes.DEMO_PERSONA_RESOURCE)) {
            DatasetGraph dataset = DatasetGraphFactory.create();
            RDFParser.source(in).lang(Lang.TRIG).base(ModelExamples.POD).parse(dataset);
            return dataset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> resources() {
        List<String> names = new ArrayList<>();
        PERSONA.listGraphNodes().forEachRemaining(node -> names.add(node.getURI()
                .substring(ModelExamples.POD.length())));
        return names.stream().sorted();
    }

    private static Graph graph(String resource) {
        return PERSONA.getGraph(NodeFactory.createURI(ModelExamples.POD + resource));
    }

    private static List<RdfDescription> records(Graph graph) {
        List<RdfDescription> records = new ArrayList<>();
        READERS.forEach(reader -> records.addAll(reader.apply(graph)));
        return records;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void readsEveryResourceOfACoveredClass(String resource) {
        Graph original = graph(resource);
        long subjects = COVERED.stream().flatMap(type -> original.find(Node.ANY, RDF.Nodes.type, type).toList()
                .stream()).map(t -> t.getSubject()).distinct().count();
        assertEquals(subjects, records(original).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void writesBackWhatTheShapesAccept(String resource) {
        Graph original = graph(resource);
        List<RdfDescription> records = records(original);
        Graph written = GraphFactory.createDefaultGraph();
        records.forEach(record -> record.addTo(written));

        ValidationReport report = ShapeValidator.standard().validate(written, Locale.ENGLISH);
        assertTrue(report.accepted(), () -> report.violations().toString());
        assertFalse(written.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext());
        assertEquals(records, records(written));
    }
}
