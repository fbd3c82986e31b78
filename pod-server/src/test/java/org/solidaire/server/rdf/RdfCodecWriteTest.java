// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.POSIX;

class RdfCodecWriteTest {

    private static final String CONTAINER = "https://pod.example/notes/";

    @Test
    void turtleDeclaresOnlyTheWellKnownPrefixesTheGraphUses() {
        Graph graph = containerListing(3);
        graph.add(uri(CONTAINER), uri("http://example.org/p"), NodeFactory.createLiteralString("plain"));
        graph.getPrefixMapping().setNsPrefix("evil", LDP.NS).setNsPrefix("ex", "http://example.org/");

        String turtle = text(RdfCodec.toBytes(graph, RdfFormat.TURTLE));

        assertAll(turtle,
                () -> assertTrue(turtle.contains("@prefix ldp: <http://www.w3.org/ns/ldp#> .")),
                () -> assertTrue(turtle.contains("@prefix dcterms: <http://purl.org/dc/terms/> .")),
                () -> assertTrue(turtle.contains("@prefix posix: <http://www.w3.org/ns/posix/stat#> .")),
                () -> assertTrue(turtle.contains("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .")),
                () -> assertTrue(turtle.contains("ldp:contains")),
                () -> assertFalse(turtle.contains("@prefix rdf:"), "rdf:type is written as a"),
                () -> assertFalse(turtle.contains("@prefix acl:")),
                () -> assertFalse(turtle.contains("evil")),
                () -> assertFalse(turtle.contains("@prefix ex:")),
                () -> assertFalse(turtle.contains("PREFIX")),
                () -> assertFalse(turtle.contains("@base")),
                () -> assertTrue(turtle.contains("<https://pod.example/notes/r0>")),
                () -> assertTrue(turtle.contains("<http://example.org/p>")));
        assertEquals(Map.of("evil", LDP.NS, "ex", "http://example.org/"), graph.getPrefixMapping().getNsPrefixMap());
    }

    @Test
    void plainAndLanguageStringsDoNotDeclareXsd() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(uri(CONTAINER), DCTERMS.title, NodeFactory.createLiteralString("Notes"));
        graph.add(uri(CONTAINER), DCTERMS.title, NodeFactory.createLiteralLang("Notizen", "de"));

        String turtle = text(RdfCodec.toBytes(graph, RdfFormat.TURTLE));

        assertTrue(turtle.startsWith("@prefix dcterms: <http://purl.org/dc/terms/> .\n"), turtle);
        assertFalse(turtle.contains("xsd"), turtle);
    }

    @Test
    void schemaOrgGetsThePrefixInWhicheverSpellingIsUsed() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(uri(CONTAINER), uri("https://schema.org/name"), NodeFactory.createLiteralString("Notes"));

        String turtle = text(RdfCodec.toBytes(graph, RdfFormat.TURTLE));

        assertTrue(turtle.contains("@prefix schema: <https://schema.org/> ."), turtle);
        assertTrue(turtle.contains("schema:name"), turtle);
    }

    @Test
    void jsonLdIsExpandedWithAbsoluteIrisAndNoContext() throws IOException {
        JsonNode document = new ObjectMapper().readTree(RdfCodec.toBytes(containerListing(2), RdfFormat.JSON_LD));

        assertTrue(document.isObject());
        assertEquals(3, document.get("@graph").size(), document::toString);
        assertTrue(document.findValues("@context").isEmpty(), document::toString);
        for (JsonNode node : document.get("@graph")) {
            assertTrue(node.get("@id").asText().startsWith(CONTAINER), document::toString);
        }
    }

    @Test
    void rdfXmlDeclaresTheWellKnownNamespacesAndLeavesTheGraphAlone() {
        Graph graph = containerListing(1);
        graph.getPrefixMapping().setNsPrefix("evil", LDP.NS);

        String xml = text(RdfCodec.toBytes(graph, RdfFormat.RDF_XML));

        assertTrue(xml.contains("xmlns:ldp=\"http://www.w3.org/ns/ldp#\""), xml);
        assertTrue(xml.contains("<ldp:contains"), xml);
        assertFalse(xml.contains("evil"), xml);
        assertEquals(Map.of("evil", LDP.NS), graph.getPrefixMapping().getNsPrefixMap());
    }

    @Test
    void aGraphThatRdfXmlCannotCarryIsNotAcceptableInRdfXml() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(uri(CONTAINER), uri("http://example.org/123"), NodeFactory.createLiteralString("x"));

        ProblemException problem = assertThrows(ProblemException.class,
                () -> RdfCodec.toBytes(graph, RdfFormat.RDF_XML));

        assertEquals(406, problem.status());
        assertTrue(problem.detail().contains("http://example.org/123"), problem.detail());
        assertTrue(RdfCodec.toBytes(graph, RdfFormat.TURTLE).length > 0);
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void writeFlushesTheStreamButLeavesItOpen(RdfFormat format) {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        RdfCodec.write(containerListing(1), format, out);

        assertFalse(closed[0]);
        assertEquals(text(RdfCodec.toBytes(containerListing(1), format)), text(bytes.toByteArray()));
    }

    /** A container with its type and, per member, containment, a modification time and a size. */
    private static Graph containerListing(int members) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node container = uri(CONTAINER);
        graph.add(container, RDF.Nodes.type, LDP.BasicContainer);
        graph.add(container, RDF.Nodes.type, LDP.Container);
        for (int i = 0; i < members; i++) {
            Node member = uri(CONTAINER + "r" + i);
            graph.add(container, LDP.contains, member);
            graph.add(member, DCTERMS.modified,
                    NodeFactory.createLiteralDT("2024-01-01T00:00:00Z", XSDDatatype.XSDdateTime));
            graph.add(member, POSIX.size, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
        }
        return graph;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }
}
