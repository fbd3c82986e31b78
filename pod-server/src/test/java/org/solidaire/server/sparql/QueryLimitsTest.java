// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solidaire.server.ServerOptions;
import org.solidaire.server.SolidServer;
import org.solidaire.server.SolidAgent;

/** A query past the endpoint's time or result limit is stopped, and the answer states the limit it met. */
class QueryLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dir;
    private static SolidServer server;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("sparql-limits");
        server = SolidServer.start(ServerOptions.loopback(dir).openPods(List.of("alice"))
                .queryLimits(new QueryLimits(Duration.ofMillis(300), 5)).build());
        StringBuilder turtle = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            turtle.append("<#r").append(i).append("> <http://example.org/ns#v> ").append(i).append(" .\n");
        }
        HttpResponse<String> put = SolidAgent.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "alice/many"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle.toString()))
                .build());
        assertEquals(201, put.statusCode(), put.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> query(String query) {
        return SolidAgent.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "alice/.well-known/sparql?union=true&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .GET().build());
    }

    @Test
    void tooManyResultsIsA422NamingTheLimit() throws Exception {
        HttpResponse<String> response = query("SELECT ?s WHERE { ?s ?p ?o }");
        JsonNode problem = JSON.readTree(response.body());
        assertAll(
                () -> assertEquals(422, response.statusCode(), response.body()),
                () -> assertEquals(5, problem.path("maxResults").asInt()),
                () -> assertTrue(problem.path("detail").asText().contains("5 results"), response.body()),
                () -> assertEquals(200, query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5").statusCode()));
    }

    /** Java's regular expressions backtrack exponentially on this pattern; the time limit must still stop it. */
    @Test
    void aPathologicalRegularExpressionStopsAtTheTimeLimit() {
        String text = "a".repeat(40);
        String query = "SELECT ?r WHERE { BIND(\"" + text + "\" AS ?x) BIND(REGEX(?x, \"^(a+)+\\\\1b\") AS ?r) }";
        HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> query(query));
        assertEquals(503, response.statusCode(), response.body());
        String replace = "SELECT ?r WHERE { BIND(REPLACE(\"" + text + "\", \"^(a+)+\\\\1b\", \"x\") AS ?r) }";
        assertEquals(503, assertTimeoutPreemptively(Duration.ofSeconds(30), () -> query(replace)).statusCode());
    }

    @Test
    void aPathologicalRegularExpressionInAPatchStopsAtThePatchLimit() {
        String text = "a".repeat(40);
        String update = "INSERT { <#x> <urn:r> ?r } WHERE { BIND(\"" + text + "\" AS ?x) "
                + "BIND(REGEX(?x, \"^(a+)+\\\\1b\") AS ?r) }";
        HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SolidAgent.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "alice/many"))
                        .header("Content-Type", "application/sparql-update")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(update)).build()));
        assertEquals(422, response.statusCode(), response.body());
    }

    @Test
    void tooLongIsA503NamingTheLimit() throws Exception {
        HttpResponse<String> response = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        JsonNode problem = JSON.readTree(response.body());
        assertAll(
                () -> assertEquals(503, response.statusCode(), response.body()),
                () -> assertEquals(300, problem.path("timeoutMillis").asInt()),
                () -> assertTrue(problem.path("detail").asText().contains("300 ms"), response.body()));
    }
}
