// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidaire.server.TestServer;

/**
 * A JSON-LD document with named graphs is an RDF dataset, and an RDF document may encode one (Solid Protocol,
 * Resource Representations; RDF 1.1 Concepts §4): the server keeps its named graphs with the document, returns
 * them in JSON-LD, and returns the default graph alone in the syntaxes that cannot carry them. A container or an
 * auxiliary resource is one graph, so named graphs there are refused, never dropped.
 *
 * <p>The judge is an independent parser, RDF4J Rio, whose statements keep their graph.
 */
class NamedGraphTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    /** The document of the conformance suite: {@code ex:test} in the default graph names the graph it holds. */
    private static final String WITH_NAMED_GRAPH = """
            {
              "@context": { "ex": "http://example.org/ns/" },
              "@id": "ex:test",
              "@type": "ex:Graph",
              "@graph": { "@id": "ex:naughty", "@type": "ex:Trial" }
            }""";

    private static final String EX = "http://example.org/ns/";
    private static final IRI TEST = Values.iri(EX + "test");
    private static final IRI NAUGHTY = Values.iri(EX + "naughty");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDocumentKeepsItsNamedGraphsInJsonLd() {
        String path = "alice/graphs/kept.json";
        assertEquals(201, SERVER.put(path, "application/ld+json", WITH_NAMED_GRAPH).statusCode());

        HttpResponse<String> response = SERVER.get(path, "application/ld+json");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertTrue(Models.isomorphic(parse(WITH_NAMED_GRAPH, path), parse(response.body(), path)), response.body());
    }

    @Test
    void syntaxesWithoutNamedGraphsCarryTheDefaultGraph() {
        String path = "alice/graphs/default.json";
        SERVER.put(path, "application/ld+json", WITH_NAMED_GRAPH);

        HttpResponse<String> turtle = SERVER.get(path, "text/turtle");
        Model read = read(turtle.body(), path, RDFFormat.TURTLE);

        assertEquals(200, turtle.statusCode());
        assertAll(
                () -> assertTrue(read.contains(TEST, RDF.TYPE, Values.iri(EX + "Graph")), turtle.body()),
                () -> assertFalse(read.contains(NAUGHTY, null, null), turtle.body()));
    }

    @Test
    void aBlankNodeNamesTheGraphItDescribes() {
        String path = "alice/graphs/blank.json";
        String document = """
                {
                  "@context": { "ex": "http://example.org/ns/" },
                  "@type": "ex:Graph",
                  "ex:source": "import",
                  "@graph": [ { "@id": "ex:a", "ex:p": "one" }, { "@id": "ex:b", "ex:p": "two" } ]
                }""";
        assertEquals(201, SERVER.put(path, "application/ld+json", document).statusCode());

        String answer = SERVER.get(path, "application/ld+json").body();

        assertTrue(Models.isomorphic(parse(document, path), parse(answer, path)), answer);
    }

    @Test
    void aPostedDocumentKeepsItsNamedGraphs() {
        SERVER.put("alice/graphs/posted/", "text/turtle", "");
        HttpResponse<String> created = SERVER.post("alice/graphs/posted/", "application/ld+json", "doc",
                WITH_NAMED_GRAPH);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(SERVER.url("").length());

        assertEquals(201, created.statusCode());
        assertTrue(parse(SERVER.get(path, "application/ld+json").body(), path).contains(NAUGHTY, RDF.TYPE,
                Values.iri(EX + "Trial"), TEST));
    }

    @Test
    void aPatchChangesTheDefaultGraphAndKeepsTheNamedGraphs() {
        String path = "alice/graphs/patched.json";
        SERVER.put(path, "application/ld+json", WITH_NAMED_GRAPH);

        HttpResponse<String> patch = SERVER.patch(path, "text/n3", """
                @prefix solid: <http://www.w3.org/ns/solid/terms#>.
                _:p a solid:InsertDeletePatch; solid:inserts { <http://example.org/ns/test> \
                <http://example.org/ns/checked> true }.""");
        Model after = parse(SERVER.get(path, "application/ld+json").body(), path);

        assertTrue(patch.statusCode() < 300, patch.body());
        assertAll(
                () -> assertTrue(after.contains(TEST, Values.iri(EX + "checked"), null, (IRI) null)),
                () -> assertTrue(after.contains(NAUGHTY, RDF.TYPE, Values.iri(EX + "Trial"), TEST)));
    }

    @Test
    void replacingADocumentReplacesItsNamedGraphs() {
        String path = "alice/graphs/replaced.json";
        SERVER.put(path, "application/ld+json", WITH_NAMED_GRAPH);

        SERVER.put(path, "text/turtle", "<http://example.org/ns/test> a <http://example.org/ns/Graph> .");
        Model replaced = parse(SERVER.get(path, "application/ld+json").body(), path);
        SERVER.delete(path);
        SERVER.put(path, "application/ld+json", "{\"@id\": \"http://example.org/ns/new\", \"@type\": \"ex:T\"}");
        Model recreated = parse(SERVER.get(path, "application/ld+json").body(), path);

        assertAll(
                () -> assertFalse(replaced.contains(NAUGHTY, null, null), "named graphs outlived a PUT"),
                () -> assertFalse(recreated.contains(NAUGHTY, null, null), "named graphs outlived a DELETE"));
    }

    @Test
    void queriesOverThePodDoNotSeeADocumentsNamedGraphs() throws Exception {
        SERVER.put("alice/graphs/queried.json", "application/ld+json", WITH_NAMED_GRAPH);
        String query = "SELECT ?g ?s WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }";

        HttpResponse<String> answer = SERVER.send(SERVER.request("alice/.well-known/sparql?union=true&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)).header("Accept", "application/sparql-results+json")
                .GET().build());

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(SERVER.url("alice/graphs/queried.json")), answer.body());
        assertFalse(answer.body().contains(NAUGHTY.stringValue()), answer.body());
        assertFalse(answer.body().contains("urn:solidaire"), answer.body());
    }

    @Test
    void aContainerOrAnAuxiliaryResourceRefusesNamedGraphs() throws Exception {
        SERVER.put("alice/graphs/subject.ttl", "text/turtle", "<> a <http://example.org/ns/Thing> .");

        HttpResponse<String> container = SERVER.put("alice/graphs/box/", "application/ld+json", WITH_NAMED_GRAPH);
        HttpResponse<String> description = SERVER.put("alice/graphs/subject.ttl.meta", "application/ld+json",
                WITH_NAMED_GRAPH);

        for (HttpResponse<String> refused : new HttpResponse[] {container, description}) {
            assertEquals(422, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            JsonNode problem = JSON.readTree(refused.body());
            assertTrue(problem.get("detail").asText().contains("named graphs"), refused.body());
        }
        assertEquals(404, SERVER.get("alice/graphs/box/", "text/turtle").statusCode());
    }

    private static Model parse(String body, String path) {
        return read(body, path, RDFFormat.JSONLD);
    }

    private static Model read(String body, String path, RDFFormat format) {
        try {
            return Rio.parse(new StringReader(body), SERVER.url(path), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
