// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client's side of a pod's SPARQL endpoint, against the real server: discovery from the pod root, each query
 * form over the named graphs or their union, long queries, and refusals with the endpoint's problem details.
 */
class SparqlEndpointTest {

    @RegisterExtension
    static final PodServer SERVER = new PodServer();

    /** The titles of the notes (the pod's own documents have titles too, such as its preferences file). */
    private static final String TITLES = "SELECT ?title WHERE { ?s <http://purl.org/dc/terms/title> ?title "
            + "FILTER(CONTAINS(STR(?s), '-notes/')) }";
    private static final String NAMED_TITLES = "SELECT ?g ?title WHERE { GRAPH ?g { ?s "
            + "<http://purl.org/dc/terms/title> ?title } FILTER(CONTAINS(STR(?g), '-notes/')) }";

    private final PodClient alice = SERVER.client("alice");

    @BeforeAll
    static void aliceKeepsTwoNotesAndSharesOne() {
        PodClient owner = SERVER.client("alice");
        URI shared = SERVER.uri("alice/shared-notes/june.ttl");
        URI kept = SERVER.uri("alice/private-notes/july.ttl");
        owner.write(shared, Graphs.titled(shared, "June"));
        owner.write(kept, Graphs.titled(kept, "July"));
        owner.accessControl().grant(SERVER.uri("alice/shared-notes/"), SERVER.webId("bob"), Set.of(AccessMode.READ));
    }

    @Test
    void theEndpointIsTheOneThePodRootAdvertisesEvenToACallerWhoMayNotReadTheRoot() {
        URI expected = SERVER.uri("alice/.well-known/sparql");

        assertAll(
                () -> assertEquals(expected, alice.sparql(SERVER.podRoot("alice")).uri()),
                () -> assertEquals(expected, SERVER.client("bob").sparql(SERVER.podRoot("alice")).uri()),
                () -> assertEquals(expected, SERVER.anonymous().sparql(SERVER.uri("alice")).uri()));
    }

    @Test
    void selectOverTheNamedGraphsNamesEachDocument() {
        ResultSetRewindable results = alice.sparql(SERVER.podRoot("alice")).select(NAMED_TITLES);

        Set<String> found = new HashSet<>();
        results.forEachRemaining(row -> found.add(row.getResource("g").getURI() + " " + row.getLiteral("title")
                .getLexicalForm()));
        assertEquals(Set.of(SERVER.uri("alice/shared-notes/june.ttl") + " June",
                SERVER.uri("alice/private-notes/july.ttl") + " July"), found);
    }

    @Test
    void theDefaultGraphIsEmptyUnlessTheUnionIsAskedFor() {
        SparqlEndpoint endpoint = alice.sparql(SERVER.podRoot("alice"));

        assertAll(
                () -> assertEquals(Set.of(), titles(endpoint.select(TITLES))),
                () -> assertEquals(Set.of("June", "July"), titles(endpoint.select(TITLES, DefaultGraph.UNION))));
    }

    @Test
    void aCallerSeesOnlyWhatItMayRead() {
        SparqlEndpoint asBob = SERVER.client("bob").sparql(SERVER.podRoot("alice"));
        SparqlEndpoint asAnyone = SERVER.anonymous().sparql(SERVER.podRoot("alice"));

        assertAll(
                () -> assertEquals(Set.of("June"), titles(asBob.select(TITLES, DefaultGraph.UNION))),
                () -> assertEquals(Set.of(), titles(asAnyone.select(TITLES, DefaultGraph.UNION))),
                () -> assertFalse(asAnyone.ask("ASK { ?s <http://purl.org/dc/terms/title> \"June\" }",
                        DefaultGraph.UNION)));
    }

    @Test
    void askAnswersOverTheUnion() {
        SparqlEndpoint endpoint = alice.sparql(SERVER.podRoot("alice"));
        String july = "ASK { ?s <http://purl.org/dc/terms/title> \"July\" }";

        assertAll(
                () -> assertTrue(endpoint.ask(july, DefaultGraph.UNION)),
                () -> assertFalse(endpoint.ask(july)));
    }

    @Test
    void constructBuildsAGraphOfWhatMatched() {
        Graph graph = alice.sparql(SERVER.podRoot("alice")).construct("CONSTRUCT { ?s "
                + "<http://purl.org/dc/terms/title> ?t } WHERE { GRAPH ?g { ?s <http://purl.org/dc/terms/title> ?t } "
                + "FILTER(?t = \"June\") }");

        assertEquals(Set.of("June"), Graphs.titles(graph));
    }

    @Test
    void aQueryTooLongForAUrlIsPostedAndAnswered() {
        String query = TITLES + " # " + "x".repeat(SparqlRequest.MAX_GET_URI_LENGTH);

        assertEquals(Set.of("June", "July"), titles(alice.sparql(SERVER.podRoot("alice"))
                .select(query, DefaultGraph.UNION)));
    }

    @Test
    void aQueryTheEndpointRefusesIsAnExceptionWithItsProblemDetails() {
        // SERVICE parses as SPARQL 1.1, and the endpoint refuses it without calling anything.
        String federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";

        SolidaireClientException refused = assertThrows(SolidaireClientException.class,
                () -> alice.sparql(SERVER.podRoot("alice")).select(federated));

        ProblemDetails problem = refused.problem().orElseThrow();
        assertAll(
                () -> assertEquals(400, refused.status()),
                () -> assertEquals(SERVER.uri("alice/.well-known/sparql"), stripQuery(refused.uri())),
                () -> assertEquals(OptionalInt.of(400), problem.status()),
                () -> assertTrue(problem.detail().orElse("").contains("SERVICE"), problem::toString));
    }

    @Test
    void aQueryOfTheWrongFormIsRefusedBeforeSending() {
        SparqlEndpoint endpoint = alice.sparql(SERVER.podRoot("alice"));

        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> endpoint.select("ASK { ?s ?p ?o }")),
                () -> assertThrows(IllegalArgumentException.class, () -> endpoint.ask(TITLES)),
                () -> assertThrows(IllegalArgumentException.class, () -> endpoint.construct("SELEC nothing")));
    }

    private static Set<String> titles(ResultSetRewindable results) {
        Set<String> titles = new HashSet<>();
        results.forEachRemaining(row -> titles.add(row.getLiteral("title").getLexicalForm()));
        return titles;
    }

    private static URI stripQuery(URI uri) {
        String text = uri.toString();
        int query = text.indexOf('?');
        return URI.create(query < 0 ? text : text.substring(0, query));
    }
}
