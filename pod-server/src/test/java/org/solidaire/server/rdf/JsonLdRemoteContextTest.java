// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.problem.ProblemException;

class JsonLdRemoteContextTest {

    private static final String BASE = "https://pod.example/notes/1";
    private static final String CONTEXT = "{\"@context\": {\"name\": \"http://schema.org/name\"}}";

    private CountingServer server;

    @BeforeEach
    void startContextServer() throws IOException {
        server = CountingServer.serving("application/ld+json", CONTEXT);
    }

    @AfterEach
    void stopContextServer() {
        server.close();
    }

    static Stream<Arguments> documentsNeedingARemoteContext() {
        return Stream.of(
                document("top-level context", ctx ->
                        "{\"@context\": \"" + ctx + "\", \"@id\": \"\", \"name\": \"x\"}"),
                document("context array", ctx ->
                        "{\"@context\": [{\"ex\": \"http://example.org/\"}, \"" + ctx + "\"], \"name\": \"x\"}"),
                document("@import", ctx ->
                        "{\"@context\": {\"@import\": \"" + ctx + "\"}, \"@id\": \"\", \"name\": \"x\"}"),
                document("scoped context of a term", ctx ->
                        "{\"@context\": {\"knows\": {\"@id\": \"http://example.org/knows\", \"@context\": \"" + ctx
                                + "\"}}, \"@id\": \"\", \"knows\": {\"@id\": \"#b\", \"name\": \"y\"}}"),
                document("context of a nested node", ctx ->
                        "{\"@id\": \"\", \"http://example.org/p\": {\"@context\": \"" + ctx + "\", \"name\": \"x\"}}"),
                document("context inside a list", ctx ->
                        "[{\"@id\": \"\", \"http://example.org/p\": \"x\"}, {\"@context\": \"" + ctx + "\"}]"));
    }

    private static Arguments document(String where, Function<String, String> withContext) {
        return arguments(where, withContext);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("documentsNeedingARemoteContext")
    void aRemoteContextIsNeverFetchedAndIsABadRequest(String where, Function<String, String> document) {
        String context = server.url("/ctx");

        ProblemException problem = assertThrows(ProblemException.class, () -> parse(document.apply(context)));

        assertAll(where,
                () -> assertEquals(400, problem.status()),
                () -> assertTrue(problem.detail().contains(context), problem.detail()),
                () -> assertEquals(context, problem.extensions().get("context")),
                () -> assertEquals(0, server.hits(), "requests to the context server"));
    }

    @Test
    void aRelativeContextIsResolvedAgainstTheBaseAndRefused() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> parse("{\"@context\": \"ctx.jsonld\", \"@id\": \"\", \"name\": \"x\"}"));
        assertEquals(400, problem.status());
        assertEquals("https://pod.example/notes/ctx.jsonld", problem.extensions().get("context"));
    }

    @Test
    void aFileContextIsRefused() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> parse("{\"@context\": \"file:///etc/passwd\", \"@id\": \"\", \"name\": \"x\"}"));
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("/etc/passwd"), problem.detail());
        assertFalse(problem.detail().contains("root:"), problem.detail());
    }

    @Test
    void withoutTheRefusingLoaderJenaWouldFetchTheContext() {
        // The control: proves that the server is reachable and that the zero above is the codec's doing.
        String document = "{\"@context\": \"" + server.url("/ctx") + "\", \"@id\": \"" + BASE + "\", \"name\": \"x\"}";
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(document, Lang.JSONLD).parse(graph);
        assertEquals(1, graph.size());
        assertTrue(server.hits() > 0);
    }

    private static Graph parse(String document) {
        return RdfCodec.parse(new ByteArrayInputStream(document.getBytes(UTF_8)), RdfFormat.JSON_LD, BASE, null);
    }
}
