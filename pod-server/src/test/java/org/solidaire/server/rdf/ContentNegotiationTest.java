// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentNegotiationTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static Stream<Arguments> acceptToRdfFormat() {
        return Stream.of(
                arguments(null, RdfFormat.TURTLE),
                arguments("", RdfFormat.TURTLE),
                arguments("   ", RdfFormat.TURTLE),
                arguments("text/turtle", RdfFormat.TURTLE),
                arguments("TEXT/Turtle", RdfFormat.TURTLE),
                arguments("text/turtle; charset=UTF-8", RdfFormat.TURTLE),
                arguments("application/ld+json", RdfFormat.JSON_LD),
                arguments("application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted\"", RdfFormat.JSON_LD),
                arguments("application/n-triples", RdfFormat.N_TRIPLES),
                arguments("application/rdf+xml", RdfFormat.RDF_XML),
                arguments("application/ld+json;q=0.9, text/turtle;q=0.8", RdfFormat.JSON_LD),
                arguments("text/turtle;q=0.5, application/ld+json;q=0.5", RdfFormat.TURTLE),
                arguments("application/ld+json, text/turtle", RdfFormat.TURTLE),
                arguments("application/rdf+xml, application/n-triples", RdfFormat.N_TRIPLES),
                arguments("*/*", RdfFormat.TURTLE),
                arguments("text/*", RdfFormat.TURTLE),
                arguments("application/*", RdfFormat.JSON_LD),
                arguments("application/*;q=0.9, application/ld+json;q=0", RdfFormat.N_TRIPLES),
                arguments("text/html", null),
                arguments("application/json", null),
                arguments("image/png, text/html;q=0.9", null),
                arguments("text/turtle;q=0", null),
                arguments("text/turtle;q=0, */*;q=0.1", RdfFormat.JSON_LD),
                arguments("text/turtle;q=0, application/ld+json;q=0, */*", RdfFormat.N_TRIPLES),
                arguments("*/*;q=0", null),
                arguments(BROWSER, RdfFormat.TURTLE),
                arguments("text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", RdfFormat.TURTLE),
                arguments("text/turtle;Q=0.2, application/ld+json;q=0.3", RdfFormat.JSON_LD),
                arguments("text/turtle;q=0.200, application/ld+json;q=0.2", RdfFormat.TURTLE),
                arguments("text/turtle;charset=utf-8;q=0.1, application/ld+json;level=1;q=0.2", RdfFormat.JSON_LD),
                arguments("text/turtle;foo=\"a,b;q=0\";q=0.4, application/ld+json;q=0.3", RdfFormat.TURTLE),
                arguments("garbage", RdfFormat.TURTLE),
                arguments(",,,;;;", RdfFormat.TURTLE),
                arguments("text/turtle;q=abc, application/ld+json", RdfFormat.JSON_LD),
                arguments("text/turtle;q=2, application/ld+json;q=0.1", RdfFormat.JSON_LD),
                arguments("text/turtle;q=-1, application/ld+json;q=0.1", RdfFormat.JSON_LD),
                arguments("*/turtle, text/html", null),
                arguments("text/, /turtle, text//turtle, text/tur tle, application/ld+json;q=0.5", RdfFormat.JSON_LD),
                arguments("text/turtle;q, text/html", null),
                arguments("text/turtle;q=, text/html", null),
                arguments("text/turtle;=0.5", RdfFormat.TURTLE),
                arguments("\"text/turtle", RdfFormat.TURTLE),
                arguments("text/turtle;foo=\"unterminated, application/ld+json", RdfFormat.TURTLE));
    }

    @ParameterizedTest(name = "[{index}] Accept: {0} -> {1}")
    @MethodSource("acceptToRdfFormat")
    void choosesTheRdfFormatTheHeaderPrefers(String accept, RdfFormat expected) {
        assertEquals(Optional.ofNullable(expected), ContentNegotiation.chooseRdf(accept));
    }

    static Stream<Arguments> acceptAndMediaType() {
        return Stream.of(
                arguments(null, "image/png", true),
                arguments("", "image/png", true),
                arguments("image/png", "image/png", true),
                arguments("image/png", "IMAGE/PNG; foo=bar", true),
                arguments("image/*", "image/png", true),
                arguments("*/*", "application/octet-stream", true),
                arguments("text/turtle", "image/png", false),
                arguments("image/png;q=0", "image/png", false),
                arguments("image/png;q=0, */*", "image/png", false),
                arguments("image/*;q=0, image/png", "image/png", true),
                arguments("image/*;q=0, */*", "image/png", false),
                arguments(BROWSER, "image/png", true),
                arguments("text/html", "text/plain", false),
                arguments("text/*", "text/plain; charset=utf-8", true),
                arguments("garbage", "image/png", true));
    }

    @ParameterizedTest(name = "[{index}] Accept: {0} accepts {1}: {2}")
    @MethodSource("acceptAndMediaType")
    void acceptsAMediaTypeWithAQualityAboveZero(String accept, String mediaType, boolean expected) {
        assertEquals(expected, ContentNegotiation.accepts(accept, mediaType));
    }

    static Stream<Arguments> rdfOverHtml() {
        return Stream.of(
                arguments(null, false),
                arguments(BROWSER, false),
                arguments("text/turtle", true),
                arguments("text/turtle, text/html", false),
                arguments("text/turtle, text/html;q=0.9", true),
                arguments("text/html;q=0.5, application/ld+json;q=0.6", true),
                arguments("*/*", false),
                arguments("text/html", false));
    }

    @ParameterizedTest(name = "[{index}] Accept: {0} prefers RDF over HTML: {1}")
    @MethodSource("rdfOverHtml")
    void prefersRdfOnlyWithAStrictlyHigherQuality(String accept, boolean expected) {
        assertEquals(expected, ContentNegotiation.prefersRdfOver(accept, "text/html"));
    }

    @Test
    void anAbsurdlyLongHeaderIsParsedWithoutError() {
        String accept = "text/html;q=0.1, ".repeat(2_000) + "application/ld+json;q=0.2";
        assertEquals(Optional.of(RdfFormat.JSON_LD), ContentNegotiation.chooseRdf(accept));
        assertTrue(ContentNegotiation.accepts(accept, "text/html"));
        assertFalse(ContentNegotiation.accepts(accept, "image/png"));
    }
}
