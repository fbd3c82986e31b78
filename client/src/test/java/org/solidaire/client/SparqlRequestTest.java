// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a query becomes a SPARQL 1.1 Protocol request: GET while the URL stays short, POST beyond. */
class SparqlRequestTest {

    private static final URI ENDPOINT = URI.create("http://127.0.0.1:8080/alice/.well-known/sparql");
    private static final String QUERY = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String ENCODED = "SELECT%20*%20WHERE%20%7B%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"
            + "%20%7D";

    static Stream<Arguments> shortQueries() {
        return Stream.of(
                Arguments.of(DefaultGraph.EMPTY, ENDPOINT + "?query=" + ENCODED),
                Arguments.of(DefaultGraph.UNION, ENDPOINT + "?query=" + ENCODED + "&union=true"));
    }

    @ParameterizedTest
    @MethodSource("shortQueries")
    void aShortQueryIsAGetWithThePercentEncodedQuery(DefaultGraph defaultGraph, String expected) {
        SparqlRequest request = SparqlRequest.of(ENDPOINT, QUERY, defaultGraph, SparqlRequest.RESULTS_ACCEPT);

        assertAll(
                () -> assertEquals("GET", request.method()),
                () -> assertEquals(URI.create(expected), request.uri()),
                () -> assertEquals(Optional.empty(), request.body()),
                () -> assertEquals(QUERY, request.uri().getQuery().substring("query=".length())
                        .replace("&union=true", ""), "decodes back to the query"));
    }

    static Stream<Arguments> longQueries() {
        return Stream.of(
                Arguments.of(DefaultGraph.EMPTY, ENDPOINT.toString()),
                Arguments.of(DefaultGraph.UNION, ENDPOINT + "?union=true"));
    }

    @ParameterizedTest
    @MethodSource("longQueries")
    void aLongQueryIsPostedAsTheBodyWithUnionInTheUrl(DefaultGraph defaultGraph, String expected) {
        String query = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(SparqlRequest.MAX_GET_URI_LENGTH);

        SparqlRequest request = SparqlRequest.of(ENDPOINT, query, defaultGraph, SparqlRequest.RESULTS_ACCEPT);

        assertAll(
                () -> assertEquals("POST", request.method()),
                () -> assertEquals(URI.create(expected), request.uri()),
                () -> assertEquals(Optional.of(query), request.body()));
    }

    @Test
    void nonAsciiAndReservedCharactersAreEncoded() {
        String query = "ASK { ?s ?p \"Relevé & co + 1 = 2#\" }";

        SparqlRequest request = SparqlRequest.of(ENDPOINT, query, DefaultGraph.EMPTY, SparqlRequest.RESULTS_ACCEPT);

        String raw = request.uri().getRawQuery();
        assertAll(
                () -> assertTrue(raw.contains("Relev%C3%A9%20%26%20co%20%2B%201%20%3D%202%23"), raw),
                () -> assertEquals("query=" + query, request.uri().getQuery()));
    }

    @Test
    void selectAndAskAskForJsonResultsFirstAndConstructForTurtle() {
        assertAll(
                () -> assertTrue(SparqlRequest.RESULTS_ACCEPT.startsWith("application/sparql-results+json,")),
                () -> assertTrue(SparqlRequest.RESULTS_ACCEPT.contains("application/sparql-results+xml")),
                () -> assertTrue(SparqlRequest.GRAPH_ACCEPT.startsWith("text/turtle")));
    }
}
