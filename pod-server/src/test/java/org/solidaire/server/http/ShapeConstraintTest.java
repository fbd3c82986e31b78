// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidaire.server.TestServer;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfDocument;
import org.solidaire.server.rdf.RdfFormat;

/** Containers constrained by a shape refuse documents that violate it, with the report, and store nothing. */
class ShapeConstraintTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHAPE = "https://w3id.org/cdv/shapes#WaterConsumptionObservationShape";
    private static final String PREFIXES = """
            @prefix cdv: <https://w3id.org/cdv#> .
            @prefix sosa: <http://www.w3.org/ns/sosa/> .
            @prefix qudt: <http://qudt.org/schema/qudt/> .
            @prefix unit: <http://qudt.org/vocab/unit/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;
    private static final String READING = PREFIXES + """
            <#d1> a cdv:WaterConsumptionObservation ;
                sosa:hasFeatureOfInterest <contract#point> ; sosa:madeBySensor <contract#meter> ;
                sosa:observedProperty cdv:WaterConsumption ; cdv:underContract <contract#contract> ;
                cdv:periodStart "2024-06-01T00:00:00+02:00"^^xsd:dateTime ;
                cdv:periodEnd "2024-06-02T00:00:00+02:00"^^xsd:dateTime ;
                sosa:resultTime "2024-06-02T02:00:00+02:00"^^xsd:dateTime ;
                cdv:granularity cdv:Daily ; cdv:readingMethod cdv:ActualReading ;
                sosa:hasResult [ a qudt:QuantityValue ; qudt:numericValue 317.0 ; qudt:hasUnit unit:L ] .
            """;
    private static final String WITHOUT_RESULT = READING.replace(
            "sosa:hasResult [ a qudt:QuantityValue ; qudt:numericValue 317.0 ; qudt:hasUnit unit:L ] .",
            "cdv:readingMethod cdv:ActualReading .");

    @BeforeAll
    static void constrainTheWaterContainer() {
        assertEquals(201, SERVER.put("alice/water/", "text/turtle", "").statusCode());
        HttpResponse<String> meta = SERVER.put("alice/water/.meta", "text/turtle",
                "<./> <http://www.w3.org/ns/ldp#constrainedBy> <" + SHAPE + "> .");
        assertEquals(204, meta.statusCode(), meta.body());
    }

    private static HttpResponse<String> putReading(String name, String body, String language, String accept) {
        return SERVER.send(SERVER.request("alice/water/" + name).header("Content-Type", "text/turtle")
                .header("Accept-Language", language).header("Accept", accept)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aConformingReadingIsStored() {
        HttpResponse<String> put = putReading("ok", READING, "fr", "*/*");

        assertEquals(201, put.statusCode(), put.body());
    }

    @Test
    void aViolationIsRefusedWith422TheShapeLinkAndTheReportInFrench() throws Exception {
        HttpResponse<String> put = putReading("no-result", WITHOUT_RESULT, "fr-FR,fr;q=0.9", "*/*");

        JsonNode problem = JSON.readTree(put.body());
        assertAll(
                () -> assertEquals(422, put.statusCode()),
                () -> assertTrue(put.headers().allValues("Link").contains("<" + SHAPE
                        + ">; rel=\"http://www.w3.org/ns/ldp#constrainedBy\""), put.headers().toString()),
                () -> assertTrue(problem.get("violations").size() >= 1, put.body()),
                () -> assertTrue(problem.get("detail").asText().startsWith("Le document"), put.body()),
                () -> assertEquals(404, SERVER.get("alice/water/no-result", "text/turtle").statusCode()));
    }

    @Test
    void messagesFollowAcceptLanguage() throws Exception {
        HttpResponse<String> put = putReading("no-result-en", WITHOUT_RESULT, "en", "*/*");

        assertEquals(422, put.statusCode());
        assertTrue(JSON.readTree(put.body()).get("detail").asText().startsWith("The document"), put.body());
    }

    @Test
    void anRdfAcceptGetsTheShaclReportAsRdf() {
        HttpResponse<String> put = putReading("no-result-rdf", WITHOUT_RESULT, "en", "application/n-triples");

        assertEquals(422, put.statusCode());
        assertTrue(put.headers().firstValue("Content-Type").orElseThrow().startsWith("application/n-triples"));
        assertTrue(put.body().contains("<http://www.w3.org/ns/shacl#ValidationReport>"), put.body());
        assertTrue(put.body().contains("<http://www.w3.org/ns/shacl#Violation>"), put.body());
    }

    @Test
    void aDocumentWithoutAReadingIsRefused() {
        HttpResponse<String> put = putReading("empty", "<#x> <http://example.org/p> 1 .", "en", "*/*");

        assertEquals(422, put.statusCode());
        assertTrue(put.body().contains("https://w3id.org/cdv#WaterConsumptionObservation"), put.body());
    }

    @Test
    void aPatchThatBreaksTheShapeChangesNothing() {
        assertEquals(201, putReading("patched", READING, "en", "*/*").statusCode());
        String before = SERVER.get("alice/water/patched", "application/n-triples").body();

        HttpResponse<String> patch = SERVER.patch("alice/water/patched", "application/sparql-update",
                "DELETE WHERE { ?obs <http://www.w3.org/ns/sosa/hasResult> ?r }");

        assertEquals(422, patch.statusCode(), patch.body());
        assertEquals(before, SERVER.get("alice/water/patched", "application/n-triples").body());
    }

    @Test
    void bytesAreRefusedInAConstrainedContainer() {
        assertEquals(422, SERVER.put("alice/water/scan.pdf", "application/pdf", "%PDF").statusCode());
    }

    @Test
    void aSubContainerIsNoWayAroundTheShape() {
        HttpResponse<String> container = SERVER.send(SERVER.request("alice/water/").header("Content-Type",
                "text/turtle").header("Slug", "archive").header("Link",
                "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\"")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertEquals(201, container.statusCode(), container.body());

        assertAll(
                () -> assertEquals(422, putReading("archive/no-result", WITHOUT_RESULT, "en", "*/*").statusCode()),
                () -> assertEquals(422, putReading("2023/06/empty", "<#x> <http://example.org/p> 1 .", "en", "*/*")
                        .statusCode()),
                () -> assertEquals(422, SERVER.patch("alice/water/archive/patched", "text/n3",
                        "@prefix solid: <http://www.w3.org/ns/solid/terms#>. _:p a solid:InsertDeletePatch; "
                                + "solid:inserts { <#x> <http://example.org/p> 1 }.").statusCode()),
                () -> assertEquals(422, SERVER.put("alice/water/archive/scan.pdf", "application/pdf", "%PDF")
                        .statusCode()),
                () -> assertEquals(404, SERVER.get("alice/water/archive/no-result", "*/*").statusCode()),
                () -> assertEquals(404, SERVER.get("alice/water/2023/", "*/*").statusCode()),
                () -> assertEquals(201, putReading("archive/ok", READING, "en", "*/*").statusCode()));
    }

    @Test
    void aSubContainerCannotReplaceTheShapeAboveIt() {
        assertEquals(201, SERVER.put("alice/water/other/", "text/turtle", "").statusCode());
        assertEquals(204, SERVER.put("alice/water/other/.meta", "text/turtle", "<./> "
                + "<http://www.w3.org/ns/ldp#constrainedBy> <https://w3id.org/cdv/shapes#TripShape> .").statusCode());

        HttpResponse<String> put = putReading("other/reading", READING, "en", "*/*");

        assertEquals(422, put.statusCode(), put.body());
        assertTrue(put.headers().allValues("Link").contains("<https://w3id.org/cdv/shapes#TripShape>; "
                + "rel=\"http://www.w3.org/ns/ldp#constrainedBy\""), put.headers().toString());
    }

    @Test
    void namedGraphsThatTheShapeWouldNotSeeAreRefused() {
        String iri = SERVER.url("alice/water/with-graph");
        Graph reading = RdfCodec.parse(new ByteArrayInputStream(READING.getBytes(StandardCharsets.UTF_8)),
                RdfFormat.TURTLE, iri, null);
        Graph hidden = GraphFactory.createDefaultGraph();
        hidden.add(NodeFactory.createURI(iri + "#d1"), NodeFactory.createURI("https://w3id.org/cdv#note"),
                NodeFactory.createLiteralString("outside the shape"));
        String document = new String(RdfCodec.toBytes(new RdfDocument(reading,
                Map.of(NodeFactory.createURI(iri + "#hidden"), hidden)), RdfFormat.JSON_LD), StandardCharsets.UTF_8);

        HttpResponse<String> put = SERVER.put("alice/water/with-graph", "application/ld+json", document);

        assertAll(
                () -> assertEquals(422, put.statusCode(), put.body()),
                () -> assertTrue(put.body().contains("named graphs"), put.body()),
                () -> assertTrue(put.headers().allValues("Link").contains("<" + SHAPE
                        + ">; rel=\"http://www.w3.org/ns/ldp#constrainedBy\""), put.headers().toString()),
                () -> assertEquals(201, SERVER.put("alice/water/with-graph", "text/turtle", READING).statusCode()));
    }

    @Test
    void anUnknownShapeCannotBeDeclared() {
        SERVER.put("alice/other/", "text/turtle", "");

        HttpResponse<String> meta = SERVER.put("alice/other/.meta", "text/turtle",
                "<./> <http://www.w3.org/ns/ldp#constrainedBy> <https://example.org/shapes#Nothing> .");

        assertEquals(422, meta.statusCode());
    }
}
