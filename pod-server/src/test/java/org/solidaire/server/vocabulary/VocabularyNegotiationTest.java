// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.vocab.CitizenDataVocabulary;

/** The vocabulary and its shapes answer each client in the form it asks for, and say what the answer varies on. */
class VocabularyNegotiationTest {

    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    private static VocabularyServer server;

    @BeforeAll
    static void start() throws Exception {
        server = VocabularyServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Stream<Arguments> acceptHeaders() {
        return Stream.of(
                Arguments.of("Firefox", FIREFOX, "text/html"),
                Arguments.of("Chrome", CHROME, "text/html"),
                Arguments.of("XHTML only", "application/xhtml+xml", "text/html"),
                Arguments.of("Turtle", "text/turtle", "text/turtle"),
                Arguments.of("JSON-LD", "application/ld+json", "application/ld+json"),
                Arguments.of("RDF/XML", "application/rdf+xml", "application/rdf+xml"),
                Arguments.of("N-Triples", "application/n-triples", "application/n-triples"),
                Arguments.of("any type", "*/*", "text/turtle"),
                Arguments.of("any text", "text/*", "text/turtle"),
                Arguments.of("JSON-LD weighed above Turtle", "text/turtle;q=0.5, application/ld+json",
                        "application/ld+json"),
                Arguments.of("Turtle weighed above HTML", "text/html;q=0.5, text/turtle", "text/turtle"),
                Arguments.of("HTML weighed above RDF", "text/html, text/turtle;q=0.5", "text/html"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("acceptHeaders")
    void answersInTheFormTheAcceptHeaderPrefers(String client, String accept, String mediaType) throws Exception {
        for (String path : List.of("/ns/cdv", "/ns/cdv/shapes")) {
            HttpResponse<String> response = server.get(path, "Accept", accept);
            assertAll(path,
                    () -> assertEquals(200, response.statusCode()),
                    () -> assertEquals(mediaType, mediaType(response)));
        }
    }

    @Test
    void answersTurtleToAClientThatSendsNoAcceptHeader() throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv");

        assertEquals("text/turtle", mediaType(response));
        assertTrue(parse(response, RdfFormat.TURTLE, "/ns/cdv").isIsomorphicWith(vocabulary()));
    }

    @Test
    void answersNotAcceptableToAClientThatTakesNoneOfTheForms() throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv", "Accept", "image/png");

        assertEquals(406, response.statusCode());
        assertEquals(ProblemException.MEDIA_TYPE, mediaType(response));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void servesTheVocabularyWithItsOwnIrisInEachSyntax(RdfFormat format) throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv", "Accept", format.mediaType());

        assertEquals(format.mediaType(), mediaType(response));
        assertTrue(parse(response, format, "/ns/cdv").isIsomorphicWith(vocabulary()),
                "the served graph is the vocabulary's own, IRIs unchanged");
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void servesTheShapesWithTheirOwnIrisInEachSyntax(RdfFormat format) throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv/shapes", "Accept", format.mediaType());

        assertEquals(format.mediaType(), mediaType(response));
        assertTrue(parse(response, format, "/ns/cdv/shapes").isIsomorphicWith(CitizenDataShapes.graph()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("namedForms")
    void answersAUrlWithAnExtensionInItsFormWhateverTheAcceptHeader(String path, String mediaType) throws Exception {
        HttpResponse<String> response = server.get(path, "Accept", "application/n-triples;q=0.1, image/png");

        assertEquals(200, response.statusCode());
        assertEquals(mediaType, mediaType(response));
    }

    static Stream<Arguments> namedForms() {
        return Stream.of(
                Arguments.of("/ns/cdv.ttl", "text/turtle"),
                Arguments.of("/ns/cdv.jsonld", "application/ld+json"),
                Arguments.of("/ns/cdv.rdf", "application/rdf+xml"),
                Arguments.of("/ns/cdv.nt", "application/n-triples"),
                Arguments.of("/ns/cdv.html", "text/html"),
                Arguments.of("/ns/cdv/shapes.ttl", "text/turtle"),
                Arguments.of("/ns/cdv/shapes.html", "text/html"));
    }

    @Test
    void answersTheSameAtTheSlashAndVersionUrls() throws Exception {
        String document = server.get("/ns/cdv", "Accept", "text/turtle").body();

        assertAll(
                () -> assertEquals(document, server.get("/ns/cdv/", "Accept", "text/turtle").body()),
                () -> assertEquals(document, server.get("/ns/cdv/" + CitizenDataVocabulary.VERSION,
                        "Accept", "text/turtle").body()),
                () -> assertEquals(CitizenDataShapes.turtle(), server.get("/ns/cdv/shapes/"
                        + CitizenDataShapes.VERSION, "Accept", "text/turtle").body()));
    }

    @Test
    void saysWhatTheAnswerVariesOnAndThatItMayBeCached() throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv", "Accept", FIREFOX);
        String vary = response.headers().firstValue("Vary").orElse("");

        assertAll(
                () -> assertTrue(vary.contains("Accept,") && vary.contains("Accept-Language"), vary),
                () -> assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("public")),
                () -> assertTrue(response.headers().firstValue("ETag").orElse("").startsWith("\"")),
                () -> assertEquals("fr", response.headers().firstValue("Content-Language").orElse("")));
    }

    @Test
    void givesEachFormAndLanguageItsOwnEntityTag() throws Exception {
        String html = etag(server.get("/ns/cdv", "Accept", FIREFOX));
        String english = etag(server.get("/ns/cdv?lang=en", "Accept", FIREFOX));
        String turtle = etag(server.get("/ns/cdv", "Accept", "text/turtle"));

        assertAll(
                () -> assertNotEquals(html, english),
                () -> assertNotEquals(html, turtle),
                () -> assertEquals(html, etag(server.get("/ns/cdv", "Accept", FIREFOX))));
    }

    @Test
    void answersNotModifiedWhenTheClientHasTheCurrentRepresentation() throws Exception {
        String etag = etag(server.get("/ns/cdv", "Accept", "text/turtle"));

        HttpResponse<String> response = server.get("/ns/cdv", "Accept", "text/turtle", "If-None-Match", etag);

        assertAll(
                () -> assertEquals(304, response.statusCode()),
                () -> assertEquals("", response.body()),
                () -> assertEquals(etag, etag(response)));
    }

    @Test
    void answersHeadWithTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<String> get = server.get("/ns/cdv", "Accept", FIREFOX);
        HttpResponse<String> head = server.send("HEAD", "/ns/cdv", "Accept", FIREFOX);

        assertAll(
                () -> assertEquals(200, head.statusCode()),
                () -> assertEquals("", head.body()),
                () -> assertEquals(etag(get), etag(head)),
                () -> assertEquals(get.headers().firstValue("Content-Length"),
                        head.headers().firstValue("Content-Length")));
    }

    @Test
    void letsAnyOriginReadTheDocuments() throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv", "Origin", "https://app.example",
                "Accept", "text/turtle");

        assertEquals("https://app.example", response.headers().firstValue("Access-Control-Allow-Origin")
                .orElse(""));
    }

    private static Graph vocabulary() {
        return CitizenDataVocabulary.model().getGraph();
    }

    private static Graph parse(HttpResponse<String> response, RdfFormat format, String path) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(response.body()).lang(format.lang()).base(server.url(path)).parse(graph);
        return graph;
    }

    private static String mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElse("none");
    }
}
