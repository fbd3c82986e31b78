// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.problem.ProblemException;

class RdfFormatTest {

    static Stream<Arguments> contentTypes() {
        return Stream.of(
                arguments("text/turtle", RdfFormat.TURTLE),
                arguments("text/turtle; charset=UTF-8", RdfFormat.TURTLE),
                arguments("TEXT/Turtle", RdfFormat.TURTLE),
                arguments("  text/turtle  ;charset=utf-8", RdfFormat.TURTLE),
                arguments("application/ld+json", RdfFormat.JSON_LD),
                arguments("application/ld+json; profile=\"http://www.w3.org/ns/json-ld#expanded\"", RdfFormat.JSON_LD),
                arguments("application/n-triples", RdfFormat.N_TRIPLES),
                arguments("application/rdf+xml", RdfFormat.RDF_XML),
                arguments("application/json", null),
                arguments("application/x-turtle", null),
                arguments("text/n3", null),
                arguments("text/plain", null),
                arguments("text/turtle2", null),
                arguments("", null),
                arguments(";", null),
                arguments(null, null));
    }

    @ParameterizedTest(name = "[{index}] Content-Type: {0} -> {1}")
    @MethodSource("contentTypes")
    void recognisesOnlyTheRegisteredMediaTypes(String contentType, RdfFormat expected) {
        assertEquals(Optional.ofNullable(expected), RdfFormat.forContentType(contentType));
    }

    @Test
    void eachFormatHasTheJenaLanguageOfItsMediaType() {
        assertEquals(Lang.TURTLE, RdfFormat.TURTLE.lang());
        assertEquals(Lang.JSONLD, RdfFormat.JSON_LD.lang());
        assertEquals(Lang.NTRIPLES, RdfFormat.N_TRIPLES.lang());
        assertEquals(Lang.RDFXML, RdfFormat.RDF_XML.lang());
        for (RdfFormat format : RdfFormat.values()) {
            assertEquals(format.mediaType(), format.lang().getContentType().getContentTypeStr());
        }
    }

    @Test
    void charsetComesFromTheContentTypeParameter() {
        assertNull(RdfCodec.charsetOf(null));
        assertNull(RdfCodec.charsetOf("text/turtle"));
        assertEquals(StandardCharsets.UTF_8, RdfCodec.charsetOf("text/turtle; charset=UTF-8"));
        assertEquals(StandardCharsets.ISO_8859_1, RdfCodec.charsetOf("text/turtle;Charset=\"iso-8859-1\""));
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> RdfCodec.charsetOf("text/turtle; charset=klingon"));
        assertEquals(415, unknown.status());
        assertEquals(415, assertThrows(ProblemException.class,
                () -> RdfCodec.charsetOf("text/turtle; charset=\"\"")).status());
    }
}
