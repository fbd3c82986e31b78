// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handler answers with problem details what it cannot serve under {@code /ns/}, and leaves every other path
 * to the handlers behind it.
 */
class VocabularyErrorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static VocabularyServer server;

    @BeforeAll
    static void start() throws Exception {
        server = VocabularyServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ns/", "/ns/foaf", "/ns/cdv/unknown", "/ns/cdv.txt", "/ns/cdv/shapes/0.0.1"})
    void answersNotFoundWithProblemDetailsUnderNs(String path) throws Exception {
        HttpResponse<String> response = server.get(path, "Accept", "text/html");
        JsonNode problem = JSON.readTree(response.body());

        assertAll(
                () -> assertEquals(404, response.statusCode()),
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type")
                        .orElse("")),
                () -> assertEquals(404, problem.path("status").asInt()),
                () -> assertEquals("Not Found", problem.path("title").asText()),
                () -> assertEquals(server.url(path), problem.path("instance").asText()),
                () -> assertTrue(problem.path("detail").asText().contains(server.url("/ns/cdv"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void refusesWritesWithMethodNotAllowed(String method) throws Exception {
        HttpResponse<String> response = server.send(method, "/ns/cdv");

        assertAll(
                () -> assertEquals(405, response.statusCode()),
                () -> assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse("")),
                () -> assertEquals(405, JSON.readTree(response.body()).path("status").asInt()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/alice/", "/alice/ns/cdv", "/ns", "/nsx/cdv", "/.well-known/solid"})
    void leavesEveryPathOutsideNsToTheNextHandler(String path) throws Exception {
        assertEquals(VocabularyServer.DECLINED, server.get(path).statusCode());
        assertEquals(VocabularyServer.DECLINED, server.send("POST", path).statusCode());
    }

    @Test
    void answersOptionsWithTheAllowedMethods() throws Exception {
        HttpResponse<String> response = server.send("OPTIONS", "/ns/cdv");

        assertEquals(204, response.statusCode());
        assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void answersACorsPreflight() throws Exception {
        HttpResponse<String> response = server.send("OPTIONS", "/ns/cdv/shapes", "Origin", "https://app.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization, dpop");

        assertAll(
                () -> assertEquals(204, response.statusCode()),
                () -> assertEquals("https://app.example", response.headers()
                        .firstValue("Access-Control-Allow-Origin").orElse("")),
                () -> assertEquals("GET, HEAD, OPTIONS", response.headers()
                        .firstValue("Access-Control-Allow-Methods").orElse("")),
                () -> assertEquals("authorization, dpop", response.headers()
                        .firstValue("Access-Control-Allow-Headers").orElse("")));
    }
}
