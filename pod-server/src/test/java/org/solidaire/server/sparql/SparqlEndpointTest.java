// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidaire.server.TestServer;

/**
 * The SPARQL 1.1 Protocol on a pod's query endpoint: how queries are sent, which dataset they see, the result
 * formats, and the refusals. Access control is in {@link SparqlAccessPropertyTest}.
 */
class SparqlEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENDPOINT = "alice/.well-known/sparql";
    private static final String EX = "http://example.org/ns#";

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    @BeforeAll
    static void data() {
        ok(SERVER.put("alice/water/2024-01", "text/turtle", """
                @prefix ex: <http://example.org/ns#>.
                <#d1> a ex:Reading; ex:litres 120; ex:day "2024-01-01".
                <#d2> a ex:Reading; ex:litres 80; ex:day "2024-01-02".
                <#d2> ex:note [ ex:text "estimated" ].
                """));
        ok(SERVER.put("alice/water/2024-02", "text/turtle", """
                @prefix ex: <http://example.org/ns#>.
                <#d1> a ex:Reading; ex:litres 100; ex:day "2024-02-01".
                """));
        ok(SERVER.put("bob/secret", "text/turtle", "<#x> <http://example.org/ns#litres> 999 ."));
    }

    private static void ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
    }

    private static HttpResponse<String> get(String query, String accept, String extra) {
        String url = ENDPOINT + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra;
        return SERVER.send(SERVER.request(url).header("Accept", accept).GET().build());
    }

    private static HttpResponse<String> post(String contentType, String body) {
        return SERVER.send(SERVER.request(ENDPOINT).header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static List<String> column(HttpResponse<String> response, String variable) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        JsonNode bindings = JSON.readTree(response.body()).path("results").path("bindings");
        List<String> values = new ArrayList<>();
        bindings.forEach(row -> values.add(row.path(variable).path("value").asText()));
        return values;
    }

    private static String sum(String extra) throws Exception {
        String query = "PREFIX ex: <" + EX + "> SELECT (SUM(?l) AS ?total) WHERE { ?r ex:litres ?l }";
        return column(get(query, "application/sparql-results+json", extra), "total").get(0);
    }

    @Test
    void namedGraphsAreTheResourcesAndTheDefaultGraphIsEmptyUnlessUnionIsAsked() throws Exception {
        String perGraph = "PREFIX ex: <" + EX + "> SELECT ?g (SUM(?l) AS ?total) "
                + "WHERE { GRAPH ?g { ?r ex:litres ?l } } GROUP BY ?g ORDER BY ?g";
        HttpResponse<String> response = get(perGraph, "application/sparql-results+json", "");
        assertAll(
                () -> assertEquals(List.of(SERVER.url("alice/water/2024-01"), SERVER.url("alice/water/2024-02")),
                        column(response, "g")),
                () -> assertEquals(List.of("200", "100"), column(response, "total")),
                () -> assertEquals("0", sum("")),
                () -> assertEquals("300", sum("&union=true")),
                () -> assertEquals("0", sum("&union=false")));
    }

    @Test
    void thePodRootAndTheStorageDescriptionAdvertiseTheEndpoint() {
        HttpResponse<String> root = SERVER.get("alice/", "text/turtle");
        String endpoint = SERVER.url(ENDPOINT);
        assertAll(
                () -> assertTrue(root.headers().allValues("Link").contains("<" + endpoint
                        + ">; rel=\"http://rdfs.org/ns/void#sparqlEndpoint\""), root.headers().toString()),
                () -> assertTrue(SERVER.get("alice/.well-known/solid", "application/n-triples").body()
                        .contains("<http://rdfs.org/ns/void#sparqlEndpoint> <" + endpoint + ">")));
    }

    @Test
    void queriesArriveByGetByPostAndByForm() throws Exception {
        String query = "ASK { GRAPH ?g { ?s <" + EX + "litres> 100 } }";
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        assertAll(
                () -> assertTrue(JSON.readTree(get(query, "application/sparql-results+json", "").body())
                        .path("boolean").asBoolean()),
                () -> assertTrue(JSON.readTree(post("application/sparql-query", query).body())
                        .path("boolean").asBoolean()),
                () -> assertTrue(JSON.readTree(post("application/x-www-form-urlencoded", form).body())
                        .path("boolean").asBoolean()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
        "text/tab-separated-values"})
    void selectResultsComeInEveryResultFormat(String mediaType) {
        String query = "SELECT ?l WHERE { GRAPH <water/2024-02> { ?r <" + EX + "litres> ?l } }";
        HttpResponse<String> response = get(query, mediaType, "");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
        Lang lang = switch (mediaType) {
            case "application/sparql-results+json" -> org.apache.jena.riot.resultset.ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> org.apache.jena.riot.resultset.ResultSetLang.RS_XML;
            case "text/csv" -> org.apache.jena.riot.resultset.ResultSetLang.RS_CSV;
            default -> org.apache.jena.riot.resultset.ResultSetLang.RS_TSV;
        };
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8)), lang);
        assertEquals("100", results.next().get("l").asLiteral().getLexicalForm());
        assertFalse(results.hasNext());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void constructAnswersInEveryRdfSyntax(String mediaType) {
        String query = "CONSTRUCT { ?r ?p ?o } WHERE { GRAPH <water/2024-01> { ?r ?p ?o } }";
        HttpResponse<String> response = get(query, mediaType, "");
        assertEquals(200, response.statusCode(), response.body());
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(response.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType))
                .parse(graph);
        Graph stored = GraphFactory.createGraphMem();
        RDFParser.fromString(SERVER.get("alice/water/2024-01", "text/turtle").body(), Lang.TURTLE)
                .base(SERVER.url("alice/water/2024-01")).parse(stored);
        assertTrue(graph.isIsomorphicWith(stored), response.body());
    }

    @Test
    void aContainerGraphHoldsItsListingAsAGetShowsIt() throws Exception {
        String query = "SELECT ?m WHERE { GRAPH <water/> { <water/> <http://www.w3.org/ns/ldp#contains> ?m } } "
                + "ORDER BY ?m";
        assertEquals(List.of(SERVER.url("alice/water/2024-01"), SERVER.url("alice/water/2024-02")),
                column(get(query, "application/sparql-results+json", ""), "m"));
    }

    @Test
    void fromAndGraphParametersOnlyNarrowTheDataset() throws Exception {
        String sumFrom = "PREFIX ex: <" + EX + "> SELECT (SUM(?l) AS ?total) %s WHERE { ?r ex:litres ?l }";
        String bobs = SERVER.url("bob/secret");
        assertAll(
                () -> assertEquals("100", column(get(sumFrom.formatted("FROM <water/2024-02>"),
                        "application/sparql-results+json", ""), "total").get(0)),
                () -> assertEquals("0", column(get(sumFrom.formatted("FROM <" + bobs + ">"),
                        "application/sparql-results+json", ""), "total").get(0)),
                () -> assertEquals("0", column(get(sumFrom.formatted("FROM <http://127.0.0.1:9/remote.ttl>"),
                        "application/sparql-results+json", ""), "total").get(0)),
                () -> assertEquals("200", column(get(sumFrom.formatted(""), "application/sparql-results+json",
                        "&default-graph-uri=" + URLEncoder.encode(SERVER.url("alice/water/2024-01"),
                                StandardCharsets.UTF_8)), "total").get(0)),
                () -> assertEquals(List.of(), column(get("SELECT ?s WHERE { GRAPH <" + bobs + "> { ?s ?p ?o } }",
                        "application/sparql-results+json", ""), "s")));
    }

    @Test
    void everyReadableGraphIsListedByAnEmptyGraphPattern() throws Exception {
        List<String> listed = column(get("SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g",
                "application/sparql-results+json", ""), "g");
        List<String> holding = column(get("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g",
                "application/sparql-results+json", ""), "g");
        assertTrue(listed.containsAll(holding), "listed " + listed + " holding " + holding);
    }

    @Test
    void serverBookkeepingIsNeverAGraph() throws Exception {
        List<String> graphs = column(get("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                "application/sparql-results+json", ""), "g");
        assertTrue(graphs.stream().allMatch(g -> g.startsWith(SERVER.url("alice/"))), graphs.toString());
        assertEquals(List.of(), column(get("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
                + "'urn:')) }", "application/sparql-results+json", ""), "s"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"e n", "a-", "abcdefghi", "en_GB"})
    void strlangWithALanguageTagThatIsNotWellFormedIsUnbound(String tag) throws Exception {
        String strlang = "STRLANG(\"x\", \"" + tag + "\")";
        assertAll(
                () -> assertEquals(List.of(""), column(get("SELECT ?l WHERE { BIND(" + strlang + " AS ?l) }",
                        "application/sparql-results+json", ""), "l")),
                () -> assertEquals(List.of(""), column(get("SELECT (" + strlang + " AS ?l) WHERE { }",
                        "application/sparql-results+json", ""), "l")),
                () -> assertEquals(List.of("en-GB"), column(get("SELECT (LANG(STRLANG(\"x\", \"en-GB\")) AS ?l) "
                        + "WHERE { }", "application/sparql-results+json", ""), "l")));
    }

    @Test
    void aMalformedQueryIsA400WithItsPosition() throws Exception {
        HttpResponse<String> response = get("SELECT ?s WHERE {\n  ?s ?p \n}", "application/sparql-results+json", "");
        assertEquals(400, response.statusCode());
        JsonNode problem = JSON.readTree(response.body());
        assertAll(
                () -> assertEquals(3, problem.path("line").asInt(), response.body()),
                () -> assertTrue(problem.path("column").asInt() > 0, response.body()),
                () -> assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
                        .startsWith("application/problem+json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
        "SELECT * WHERE { { SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } } } }"})
    void serviceIsRefused(String query) throws Exception {
        assertRefusedSaying(query, "SERVICE");
    }

    private static void assertRefusedSaying(String query, String what) throws Exception {
        HttpResponse<String> response = get(query, "application/sparql-results+json", "&union=true");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).path("detail").asText().contains(what), response.body());
    }

    @Test
    void updatesAndWritesAreRefused() {
        HttpResponse<String> update = post("application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode("INSERT DATA { <#a> <#b> <#c> }", StandardCharsets.UTF_8));
        HttpResponse<String> asQuery = post("application/sparql-query", "INSERT DATA { <#a> <#b> <#c> }");
        HttpResponse<String> put = SERVER.put(ENDPOINT, "text/turtle", "<#a> <#b> <#c> .");
        HttpResponse<String> twin = SERVER.put(ENDPOINT + "/", "text/turtle", "<#a> <#b> <#c> .");
        HttpResponse<String> below = SERVER.put(ENDPOINT + "/x", "text/turtle", "<#a> <#b> <#c> .");
        HttpResponse<String> beside = SERVER.put("alice/.well-known/other", "text/turtle", "<#a> <#b> <#c> .");
        HttpResponse<String> delete = SERVER.delete(ENDPOINT);
        assertAll(
                () -> assertEquals(400, update.statusCode(), update.body()),
                () -> assertEquals(400, asQuery.statusCode(), asQuery.body()),
                () -> assertEquals(405, put.statusCode(), put.body()),
                () -> assertEquals(405, twin.statusCode(), twin.body()),
                () -> assertEquals(405, below.statusCode(), below.body()),
                () -> assertEquals(405, beside.statusCode(), beside.body()),
                () -> assertEquals(405, delete.statusCode(), delete.body()),
                () -> assertEquals("OPTIONS, HEAD, GET, POST", delete.headers().firstValue("Allow").orElse("")));
    }

    @Test
    void requestsTheProtocolDoesNotAllowAreRefusedWithTheReason() {
        HttpResponse<String> twice = get("ASK {}", "application/sparql-results+json", "&query=ASK%20%7B%7D");
        HttpResponse<String> badUnion = get("ASK {}", "application/sparql-results+json", "&union=yes");
        HttpResponse<String> image = get("ASK {}", "image/png", "");
        HttpResponse<String> wrongType = post("text/plain", "ASK {}");
        HttpResponse<String> huge = post("application/sparql-query", "ASK {} #" + "x".repeat(1024 * 1024 + 1));
        HttpResponse<String> noPod = SERVER.send(SERVER.request("nobody/.well-known/sparql?query=ASK%7B%7D")
                .GET().build());
        assertAll(
                () -> assertEquals(400, twice.statusCode(), twice.body()),
                () -> assertEquals(400, badUnion.statusCode(), badUnion.body()),
                () -> assertEquals(406, image.statusCode(), image.body()),
                () -> assertEquals(415, wrongType.statusCode(), wrongType.body()),
                () -> assertEquals(413, huge.statusCode(), huge.body()),
                () -> assertEquals(401, noPod.statusCode(), noPod.body()));
    }

    @Test
    void aQueryJustOverTheLimitIsRefusedOnAConnectionThatStaysOpenWhileItsEndIsStillComing() throws Exception {
        byte[] query = ("ASK {} #" + "x".repeat(1024 * 1024 + 1000)).getBytes(StandardCharsets.UTF_8);
        URI base = SERVER.uri("");
        String host = base.getHost() + ":" + base.getPort();
        String post = "POST /" + ENDPOINT + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/sparql-query"
                + "\r\nContent-Length: " + query.length + "\r\n\r\n";
        String next = "GET /alice/ HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n";

        String answers;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(post.getBytes(StandardCharsets.US_ASCII));
            out.write(query, 0, query.length - 100);
            out.flush();
            Thread.sleep(500);
            out.write(query, query.length - 100, 100);
            out.write(next.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertAll(
                () -> assertTrue(answers.startsWith("HTTP/1.1 413 "), answers),
                () -> assertTrue(answers.contains("\r\nHTTP/1.1 200 ") || answers.contains("}HTTP/1.1 200 "), answers));
    }

    @Test
    void theProtocolsGraphParametersReplaceFromAndAnyPredicateMayBeAVariable() throws Exception {
        String doc = SERVER.url("alice/water/2024-01");
        String other = URLEncoder.encode(SERVER.url("alice/water/2024-02"), StandardCharsets.UTF_8);
        String anyPredicate = "SELECT (COUNT(*) AS ?n) FROM <" + doc + "> WHERE { ?s ?p ?o }";
        String overridden = "SELECT (COUNT(*) AS ?n) FROM <" + doc + "> WHERE { ?s <" + EX + "litres> ?o }";
        assertAll(
                () -> assertEquals("8", column(get(anyPredicate, "application/sparql-results+json", ""), "n").get(0)),
                () -> assertEquals("1", column(get(overridden, "application/sparql-results+json",
                        "&default-graph-uri=" + other), "n").get(0)));
    }

    @Test
    void literalsComeBackAsWrittenAndStillCompareAsNumbers() throws Exception {
        ok(SERVER.put("alice/typed", "text/turtle", "<#a> <" + EX + "n> \"9\"^^<http://www.w3.org/2001/XMLSchema#int>, "
                + "\"01\"^^<http://www.w3.org/2001/XMLSchema#integer> ."));
        String query = "SELECT ?v WHERE { GRAPH <typed> { ?a <" + EX + "n> ?v FILTER(?v > 5) } }";
        HttpResponse<String> response = get(query, "application/sparql-results+json", "");
        JsonNode rows = JSON.readTree(response.body()).path("results").path("bindings");
        assertAll(
                () -> assertEquals(1, rows.size(), response.body()),
                () -> assertEquals("http://www.w3.org/2001/XMLSchema#int", rows.get(0).path("v").path("datatype")
                        .asText(), response.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT (<java:java.lang.Runtime>() AS ?x) WHERE {}",
        "SELECT (<http://127.0.0.1:9/unknown#fn>(1) AS ?x) WHERE {}",
        "SELECT * WHERE { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }"})
    void functionsTheServerDoesNotOfferAreRefused(String query) {
        HttpResponse<String> response = get(query, "application/sparql-results+json", "");
        assertEquals(400, response.statusCode(), response.body());
    }

    /** Jena compiles a constant pattern as it reads the query: a broken one is the query's fault. */
    @Test
    void aRegularExpressionThatIsNotOneIsA400NamingIt() throws Exception {
        assertRefusedSaying("SELECT (REGEX(\"aaa\", \"(\") AS ?x) {}", "regular expression");
        assertRefusedSaying("SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"a\", \"z\")) }", "regular expression");
        assertRefusedSaying("SELECT (REPLACE(\"aaa\", \"[\", \"b\") AS ?x) {}", "regular expression");
    }

    @Test
    void queriesTooDeepOrTooLongForTheParserAreA400() {
        String sum = "SELECT (" + String.join("+", java.util.Collections.nCopies(10_000, "1")) + " AS ?x) {}";
        String nested = "SELECT * WHERE " + "{".repeat(5_000) + "}".repeat(5_000);
        String list = "SELECT * WHERE { <#a> <#b> " + "(".repeat(50_000) + ")".repeat(50_000) + " }";
        HttpResponse<String> longOne = post("application/sparql-query", sum);
        HttpResponse<String> deepOne = post("application/sparql-query", nested);
        HttpResponse<String> deepList = post("application/sparql-query", list);
        assertAll(
                () -> assertEquals(400, longOne.statusCode(), longOne.body()),
                () -> assertEquals(400, deepOne.statusCode(), deepOne.body()),
                () -> assertFalse(deepOne.body().contains("null"), deepOne.body()),
                () -> assertEquals(400, deepList.statusCode(), deepList.body()),
                () -> assertTrue(deepList.body().contains("nested too deeply"), deepList.body()));
    }

    @Test
    void anUpdateSentAsAQueryOrInAnotherCharsetIsRefusedWithTheReason() {
        HttpResponse<String> update = post("application/sparql-query", "INSERT DATA { <#a> <#b> <#c> }");
        HttpResponse<String> latin = post("application/sparql-query; charset=ISO-8859-1", "ASK {}");
        HttpResponse<String> broken = SERVER.send(SERVER.request(ENDPOINT)
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'A', 'S', 'K', ' ', '{', (byte) 0xC3, '}'}))
                .build());
        assertAll(
                () -> assertEquals(400, update.statusCode(), update.body()),
                () -> assertTrue(update.body().contains("PATCH"), update.body()),
                () -> assertEquals(415, latin.statusCode(), latin.body()),
                () -> assertEquals(400, broken.statusCode(), broken.body()));
    }

    @Test
    void aGraphThatRdfXmlCannotHoldIsA406NotAFailure() {
        // No split of this predicate gives an XML name: its last segment starts with a digit.
        ok(SERVER.put("alice/digit-predicate", "text/turtle", "<#a> <http://example.org/1> 77 ."));
        HttpResponse<String> read = SERVER.get("alice/digit-predicate", "application/rdf+xml");
        HttpResponse<String> construct = get("CONSTRUCT { <urn:a> <http://example.org/1> 1 } WHERE {}",
                "application/rdf+xml", "");
        assertAll(
                () -> assertEquals(406, read.statusCode(), read.body()),
                () -> assertEquals(406, construct.statusCode(), construct.body()));
    }

    @Test
    void withoutAQueryTheEndpointDescribesItself() {
        HttpResponse<String> response = SERVER.get(ENDPOINT, "text/turtle");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("SPARQL11Query"), response.body());
    }
    @Test
    void everyAnswerCarriesWacAllowAsOtherResourcesOfThePodDo() {
        String expected = SERVER.get("alice/water/2024-01", "text/turtle").headers().firstValue("WAC-Allow")
                .orElseThrow();
        HttpResponse<String> query = SERVER.get(ENDPOINT + "?query=" + URLEncoder.encode("ASK {}",
                StandardCharsets.UTF_8), "application/sparql-results+json");
        HttpResponse<String> description = SERVER.get(ENDPOINT, "text/turtle");
        HttpResponse<String> malformed = SERVER.get(ENDPOINT + "?query=" + URLEncoder.encode("SELECT WHERE",
                StandardCharsets.UTF_8), "*/*");
        HttpResponse<String> options = SERVER.send(SERVER.request(ENDPOINT)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertAll(
                () -> assertEquals(200, query.statusCode()),
                () -> assertEquals(expected, query.headers().firstValue("WAC-Allow").orElse(null)),
                () -> assertEquals(expected, description.headers().firstValue("WAC-Allow").orElse(null)),
                () -> assertEquals(400, malformed.statusCode()),
                () -> assertEquals(expected, malformed.headers().firstValue("WAC-Allow").orElse(null)),
                () -> assertEquals(expected, options.headers().firstValue("WAC-Allow").orElse(null)));
    }
}
