// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SELECT and ASK results in each format the client asks for, read by the media type they come with. */
class SparqlResultsTest {

    private static final String DOC = "http://127.0.0.1:8080/alice/water/2024-06";

    static Stream<Arguments> selectResults() {
        return Stream.of(
                Arguments.of("application/sparql-results+json; charset=utf-8", """
                        {"head":{"vars":["g","v"]},"results":{"bindings":[
                          {"g":{"type":"uri","value":"%1$s"},"v":{"type":"literal","value":"317"}},
                          {"g":{"type":"uri","value":"%1$s"},"v":{"type":"literal","value":"298"}}]}}
                        """.formatted(DOC)),
                Arguments.of("application/sparql-results+xml", """
                        <?xml version="1.0"?>
                        <sparql xmlns="http://www.w3.org/2005/sparql-results#">
                          <head><variable name="g"/><variable name="v"/></head>
                          <results>
                            <result><binding name="g"><uri>%1$s</uri></binding>
                              <binding name="v"><literal>317</literal></binding></result>
                            <result><binding name="g"><uri>%1$s</uri></binding>
                              <binding name="v"><literal>298</literal></binding></result>
                          </results>
                        </sparql>
                        """.formatted(DOC)),
                Arguments.of("text/tab-separated-values", "?g\t?v\n<%1$s>\t\"317\"\n<%1$s>\t\"298\"\n".formatted(DOC)),
                Arguments.of("text/csv", "g,v\r\n%1$s,317\r\n%1$s,298\r\n".formatted(DOC)));
    }

    @ParameterizedTest
    @MethodSource("selectResults")
    void selectResultsReadInEveryFormat(String contentType, String body) {
        ResultSetRewindable results = SparqlResults.solutions(body.getBytes(StandardCharsets.UTF_8), contentType);

        List<String> values = new ArrayList<>();
        results.forEachRemaining(row -> values.add(row.get("v").toString()));
        results.reset();
        QuerySolution first = results.next();
        assertAll(
                () -> assertEquals(List.of("g", "v"), results.getResultVars()),
                () -> assertEquals(List.of("317", "298"), values),
                () -> assertEquals(DOC, first.get("g").toString()),
                () -> assertEquals(2, results.size()));
    }

    static Stream<Arguments> askResults() {
        return Stream.of(
                Arguments.of("application/sparql-results+json", "{\"head\":{},\"boolean\":true}", true),
                Arguments.of("application/sparql-results+json", "{\"head\":{},\"boolean\":false}", false),
                Arguments.of("application/sparql-results+xml", "<?xml version=\"1.0\"?><sparql "
                        + "xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><boolean>true</boolean></sparql>",
                        true));
    }

    @ParameterizedTest
    @MethodSource("askResults")
    void askAnswersReadInJsonAndXml(String contentType, String body, boolean expected) {
        assertEquals(expected, SparqlResults.answer(body.getBytes(StandardCharsets.UTF_8), contentType));
    }

    @Test
    void anotherMediaTypeIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SparqlResults.solutions("<html/>".getBytes(StandardCharsets.UTF_8), "text/html"));

        assertAll(
                () -> assertTrue(refused.getMessage().contains("text/html"), refused::getMessage),
                () -> assertFalse(refused.getMessage().isBlank()));
    }
}
