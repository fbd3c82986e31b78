// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.solidaire.server.TestServer;
import org.solidaire.server.rdf.RdfFormat;

/**
 * A document too large to copy into memory for each representation is written from the store in place: every
 * format gives back the same triples as written, lexical forms included, and what it later becomes.
 */
class LargeDocumentTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    private static final long TRIPLES = Representations.LARGE_DOCUMENT_TRIPLES + 500;

    private static String document() {
        StringBuilder text = new StringBuilder("@prefix ex: <http://example.org/ns#> .\n"
                + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
        for (int i = 0; i < TRIPLES / 5; i++) {
            text.append("<#r").append(i).append("> a ex:Reading ; ex:litres \"0").append(i % 100)
                    .append("\"^^xsd:integer ; ex:index ").append(i).append(".50 ; ex:note \"relevé ").append(i)
                    .append("\"@fr ; ex:next <#r").append(i + 1).append("> .\n");
        }
        return text.toString();
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang)
                .base(SERVER.url("alice/large/readings")).parse(graph);
        return graph;
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatGivesBackTheTriplesAsWritten(RdfFormat format) {
        String text = document();
        assertTrue(SERVER.put("alice/large/readings", "text/turtle", text).statusCode() / 100 == 2);

        HttpResponse<String> response = SERVER.get("alice/large/readings", format.mediaType());

        assertEquals(200, response.statusCode(), response.body());
        Graph expected = parse(text, Lang.TURTLE);
        Graph read = parse(response.body(), format.lang());
        assertEquals(TRIPLES, expected.size());
        assertTrue(expected.isIsomorphicWith(read), format + " gave back other triples");
    }

    @Test
    void aPatchedLargeDocumentIsWrittenAsItNowIs() {
        SERVER.put("alice/large/patched", "text/turtle", document());
        String first = SERVER.get("alice/large/patched", "application/n-triples").body();

        HttpResponse<String> patch = SERVER.patch("alice/large/patched", "application/sparql-update",
                "INSERT DATA { <#extra> <http://example.org/ns#litres> "
                        + "\"007\"^^<http://www.w3.org/2001/XMLSchema#integer> }");
        String second = SERVER.get("alice/large/patched", "application/n-triples").body();

        assertEquals(204, patch.statusCode(), patch.body());
        assertTrue(!first.contains("#extra>") && second.contains("#extra>"), "the new version is written");
        assertTrue(second.contains("\"007\"^^<http://www.w3.org/2001/XMLSchema#integer>"), "its lexical form kept");
    }
}
