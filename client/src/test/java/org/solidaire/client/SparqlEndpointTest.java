// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client's side of a pod's SPARQL endpoint, against a stub that speaks the protocol: discovery from the pod
 * root's {@code Link} header or the well-known path, the requests each query form sends, and how answers and
 * refusals are read. The pod server's own endpoint is not there yet; these tests pin the protocol the client
 * expects of it.
 */
class SparqlEndpointTest {

    @RegisterExtension
    static final StubEndpoint STUB = new StubEndpoint();

    private static final String SPARQL_ENDPOINT = "http://rdfs.org/ns/void#sparqlEndpoint";
    private static final String SELECT = "SELECT ?v WHERE { GRAPH ?g { ?s <http://example.org/value> ?v } }";
    private static final Map<String, String> JSON_RESULTS = Map.of("Content-Type", "application/sparql-results+json");

    private final PodClient client = PodClient.of(PodSession.anonymous());

    @Test
    void theEndpointIsTheOneThePodRootAdvertises() {
        STUB.answer("alice/", 200, Map.of("Link", "<query>; rel=\"" + SPARQL_ENDPOINT + "\""), "");

        SparqlEndpoint endpoint = client.sparql(STUB.uri("alice/"));

        assertAll(
                () -> assertEquals(STUB.uri("alice/query"), endpoint.uri()),
                () -> assertEquals("HEAD", STUB.last().method()));
    }

    @Test
    void withoutAnAdvertisedEndpointTheWellKnownPathIsUsed() {
        STUB.answer("alice/", 401, Map.of("WWW-Authenticate", "DPoP algs=\"ES256\""), "");

        assertEquals(STUB.uri("alice/.well-known/sparql"), client.sparql(STUB.uri("alice/")).uri());
    }

    @Test
    void selectSendsAGetForJsonResultsAndReadsTheSolutions() {
        STUB.answer("alice/.well-known/sparql", 200, JSON_RESULTS, """
                {"head":{"vars":["v"]},"results":{"bindings":[{"v":{"type":"literal","value":"317"}}]}}""");

        ResultSetRewindable results = client.sparql(STUB.uri("alice/")).select(SELECT);

        List<String> values = new ArrayList<>();
        results.forEachRemaining(row -> values.add(row.getLiteral("v").getLexicalForm()));
        StubEndpoint.Received sent = STUB.last();
        assertAll(
                () -> assertEquals(List.of("317"), values),
                () -> assertEquals("GET", sent.method()),
                () -> assertEquals("query=" + SELECT, sent.uri().getQuery()),
                () -> assertEquals(SparqlRequest.RESULTS_ACCEPT, sent.header("Accept")));
    }

    @Test
    void theUnionOptionAddsTheUnionParameter() {
        STUB.answer("alice/.well-known/sparql", 200, JSON_RESULTS, "{\"head\":{},\"boolean\":true}");

        boolean answer = client.sparql(STUB.uri("alice/")).ask("ASK { ?s ?p ?o }", DefaultGraph.UNION);

        assertAll(
                () -> assertTrue(answer),
                () -> assertEquals("query=ASK { ?s ?p ?o }&union=true", STUB.last().uri().getQuery()));
    }

    @Test
    void aLongQueryIsPostedAsSparqlQuery() {
        STUB.answer("alice/.well-known/sparql", 200, JSON_RESULTS, "{\"head\":{\"vars\":[]},\"results\":"
                + "{\"bindings\":[]}}");
        String query = SELECT + " # " + "x".repeat(SparqlRequest.MAX_GET_URI_LENGTH);

        client.sparql(STUB.uri("alice/")).select(query, DefaultGraph.UNION);

        StubEndpoint.Received sent = STUB.last();
        assertAll(
                () -> assertEquals("POST", sent.method()),
                () -> assertEquals("union=true", sent.uri().getQuery()),
                () -> assertEquals("application/sparql-query; charset=utf-8", sent.header("Content-Type")),
                () -> assertEquals(query, sent.body()));
    }

    @Test
    void constructAsksForTurtleAndReadsTheGraph() {
        STUB.answer("alice/.well-known/sparql", 200, Map.of("Content-Type", "text/turtle"),
                "<http://127.0.0.1/alice/water/1#it> <http://purl.org/dc/terms/title> \"June\" .");

        Graph graph = client.sparql(STUB.uri("alice/"))
                .construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");

        assertAll(
                () -> assertEquals(Set.of("June"), Graphs.titles(graph)),
                () -> assertTrue(STUB.last().header("Accept").startsWith("text/turtle")));
    }

    @Test
    void aRefusedQueryIsAnExceptionWithTheEndpointsProblemDetails() {
        STUB.answer("alice/.well-known/sparql", 400, Map.of("Content-Type", "application/problem+json"),
                "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The query is too expensive.\"}");

        SolidaireClientException refused = assertThrows(SolidaireClientException.class,
                () -> client.sparql(STUB.uri("alice/")).select(SELECT));

        assertAll(
                () -> assertEquals(400, refused.status()),
                () -> assertEquals(Optional.of("The query is too expensive."),
                        refused.problem().flatMap(ProblemDetails::detail)));
    }

    @Test
    void aQueryOfTheWrongFormIsRefusedBeforeSending() {
        STUB.answer("alice/", 404, Map.of(), "");
        SparqlEndpoint endpoint = client.sparql(STUB.uri("alice/"));
        int before = STUB.received().size();

        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> endpoint.select("ASK { ?s ?p ?o }")),
                () -> assertThrows(IllegalArgumentException.class, () -> endpoint.ask(SELECT)),
                () -> assertThrows(IllegalArgumentException.class, () -> endpoint.construct("SELEC nothing")),
                () -> assertEquals(before, STUB.received().size()));
    }

    @Test
    void resultsInAnotherFormatAreAFailureThatKeepsTheResponse() {
        STUB.answer("alice/.well-known/sparql", 200, Map.of("Content-Type", "text/html"), "<p>results</p>");

        SolidaireClientException refused = assertThrows(SolidaireClientException.class,
                () -> client.sparql(STUB.uri("alice/")).select(SELECT));

        assertAll(
                () -> assertEquals(200, refused.status()),
                () -> assertEquals("<p>results</p>", refused.body()),
                () -> assertTrue(refused.getMessage().contains("text/html"), refused::getMessage));
    }
}
