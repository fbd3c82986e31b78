// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.TestServer;

/** RDF content negotiation on GET and RDF syntaxes accepted on PUT. */
class ContentNegotiationTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    @BeforeAll
    static void createDocument() {
        SERVER.put("alice/conneg/doc.ttl", "text/turtle", "<#a> <http://example.org/p> \"été\"@fr .");
    }

    static Stream<Arguments> accepts() {
        return Stream.of(
                Arguments.of(null, "text/turtle"),
                Arguments.of("*/*", "text/turtle"),
                Arguments.of("text/turtle", "text/turtle"),
                Arguments.of("application/ld+json", "application/ld+json"),
                Arguments.of("application/n-triples", "application/n-triples"),
                Arguments.of("application/rdf+xml", "application/rdf+xml"),
                Arguments.of("application/ld+json;q=0.9, text/turtle;q=0.8", "application/ld+json"),
                Arguments.of("text/turtle;q=0.5, application/rdf+xml", "application/rdf+xml"),
                Arguments.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/turtle"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("accepts")
    void theRepresentationFollowsTheAcceptHeader(String accept, String expected) {
        var builder = SERVER.request("alice/conneg/doc.ttl").GET();
        if (accept != null) {
            builder.header("Accept", accept);
        }
        HttpResponse<String> response = SERVER.send(builder.build());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(expected),
                response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("été"), response.body());
    }

    static Stream<Arguments> syntaxes() {
        return Stream.of(
                Arguments.of("text/turtle; charset=UTF-8", "<> <http://example.org/p> \"x\" ."),
                Arguments.of("TEXT/Turtle", "<> <http://example.org/p> \"x\" ."),
                Arguments.of("application/n-triples", "<http://example.org/s> <http://example.org/p> \"x\" ."),
                Arguments.of("application/ld+json", "{\"@id\": \"\", \"http://example.org/p\": \"x\"}"),
                Arguments.of("application/rdf+xml", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                        + " xmlns:ex=\"http://example.org/\"><rdf:Description rdf:about=\"\"><ex:p>x</ex:p>"
                        + "</rdf:Description></rdf:RDF>"));
    }

    @ParameterizedTest(name = "PUT as {0}")
    @MethodSource("syntaxes")
    void everyRdfSyntaxIsAcceptedOnPut(String contentType, String body) {
        String path = "alice/conneg/in-" + Math.abs(contentType.hashCode()) + ".ttl";

        assertEquals(201, SERVER.put(path, contentType, body).statusCode());
        String stored = SERVER.get(path, "application/n-triples").body();
        assertTrue(stored.contains("<http://example.org/p> \"x\""), stored);
    }

    @Test
    void relativeIrisResolveAgainstTheResource() {
        SERVER.put("alice/conneg/rel/doc.ttl", "text/turtle", "<> <#p> <../other> .");

        String stored = SERVER.get("alice/conneg/rel/doc.ttl", "application/n-triples").body();

        assertTrue(stored.contains("<" + SERVER.url("alice/conneg/rel/doc.ttl") + "> <"
                + SERVER.url("alice/conneg/rel/doc.ttl#p") + "> <" + SERVER.url("alice/conneg/other") + ">"), stored);
    }
}
