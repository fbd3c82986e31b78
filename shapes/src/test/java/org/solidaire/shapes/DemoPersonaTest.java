// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo persona is complete as the requirement describes it, and every resource of it conforms. */
class DemoPersonaTest {

    private static final String BASE = "https://pod.example/camille/";
    private static Dataset persona;

    @BeforeAll
    static void loadPersona() {
        persona = DatasetFactory.create();
        RDFParser.source(DemoPersonaTest.class.getResource(CitizenDataShapes.DEMO_PERSONA_RESOURCE).toString())
                .base(BASE).parse(persona.asDatasetGraph());
    }

    static Stream<String> resources() {
        loadPersona();
        return persona.asDatasetGraph().stream().map(quad -> quad.getGraph().getURI()).distinct().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void everyResourceConformsOnItsOwnWithoutWarnings(String resource) {
        Graph graph = persona.getNamedModel(resource).getGraph();

        ValidationReport report = ShapeValidator.standard().validate(graph, Locale.FRENCH);

        assertEquals(List.of(), report.entries());
    }

    @Test
    void thirteenMonthsOfDailyWaterReadingsWithEstimatesAndAMeterChange() {
        List<LocalDate> days = column("""
                SELECT ?start WHERE { GRAPH ?g { ?o a cdv:WaterConsumptionObservation ; cdv:granularity cdv:Daily ;
                    cdv:periodStart ?start } } ORDER BY ?start""").stream()
                .map(node -> OffsetDateTime.parse(node.asLiteral().getLexicalForm()).toLocalDate()).toList();

        assertAll(
                () -> assertEquals(LocalDate.of(2024, 6, 1), days.get(0)),
                () -> assertEquals(LocalDate.of(2025, 6, 30), days.get(days.size() - 1)),
                () -> assertEquals(395, days.size(), "one reading a day for 13 months"),
                () -> assertEquals(days.size(), Set.copyOf(days).size(), "no day twice"),
                () -> assertEquals(3, count("?o cdv:readingMethod cdv:EstimatedReading ; cdv:readingReason ?r")),
                () -> assertEquals(2, count("?m a <https://saref.etsi.org/saref4watr/WaterMeter>")),
                () -> assertEquals(1, count("?old cdv:removedOn ?day . ?new cdv:installedOn ?day"), "meter change"),
                () -> assertEquals(1, count("?o cdv:readingReason cdv:MeterReplacement")));
    }

    @Test
    void monthlyElectricityAndGasOneHeatingStatementAPassAndAWeekOfTrips() {
        assertAll(
                () -> assertEquals(26, count("?o a cdv:ElectricityConsumptionObservation ;"
                        + " cdv:granularity cdv:Monthly"), "13 months, peak and off-peak"),
                () -> assertEquals(13, count("?o a cdv:GasConsumptionObservation ; cdv:granularity cdv:Monthly")),
                () -> assertEquals(1, count("?o a cdv:HeatConsumptionObservation")),
                () -> assertEquals(1, count("?s a cdv:TransportSubscription")),
                () -> assertEquals(7, column("SELECT DISTINCT ?day WHERE { GRAPH ?g { ?t a cdv:Trip ;"
                        + " schema:departureTime ?d } BIND (SUBSTR(STR(?d), 1, 10) AS ?day) }").size(),
                        "trips on seven days"));
    }

    @Test
    void oneGrantPerAppEachAnsweringItsRequest() {
        Set<String> apps = column("SELECT ?app WHERE { GRAPH ?g { ?grant a cdv:AccessGrant ;"
                + " cdv:clientApplication ?app ; cdv:inResponseTo ?request . ?request a cdv:AccessRequest } }")
                .stream().map(RDFNode::toString).collect(Collectors.toSet());

        assertEquals(3, apps.size());
        assertEquals(3, count("?grant a cdv:AccessGrant"));
    }

    @Test
    void profileAndDwellingConformToTheSemicProfiles() {
        Graph graph = persona.getNamedModel(BASE + "profile/card").getGraph();
        persona.getNamedModel(BASE + "housing/dwelling").getGraph().find().forEach(graph::add);

        for (String shapes : List.of("semic-core-person/core-person-ap-SHACL.ttl",
                "semic-core-location/core-location-ap-SHACL.ttl")) {
            ShapeValidator semic = ShapeValidator.of(SemicConformanceTest.parse(SemicConformanceTest.fixture(shapes)));
            assertEquals(List.of(), semic.validate(graph, Locale.ENGLISH).entries(), shapes);
        }
    }

    private static long count(String pattern) {
        return column("SELECT * WHERE { GRAPH ?g { " + pattern + " } }").size();
    }

    private static List<RDFNode> column(String select) {
        String query = Examples.PREFIXES + select;
        try (QueryExecution execution = QueryExecution.dataset(persona).query(query).build()) {
            List<RDFNode> values = new ArrayList<>();
            execution.execSelect().forEachRemaining(row -> values.add(row.get(row.varNames().next())));
            return values;
        }
    }
}
