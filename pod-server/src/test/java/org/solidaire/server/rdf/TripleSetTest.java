// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class TripleSetTest {

    private static final String BASE = "https://pod.example/meter/2021-01-01.ttl";
    private static final String READING = """
            @prefix ex: <http://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <#r> a ex:Reading ; ex:litres "120.5"^^xsd:decimal ; ex:on "2021-01-01"^^xsd:date .
            <#r> ex:litres "120.5"^^xsd:decimal .
            <#r> ex:litres "120.50"^^xsd:decimal .
            """;
    private static final Node READING_NODE = NodeFactory.createURI(BASE + "#r");
    private static final Node LITRES = NodeFactory.createURI("http://example.org/litres");

    @Test
    void aParsedDocumentHoldsEachTripleOnceInDocumentOrder() {
        Graph graph = parse(READING);

        List<Triple> triples = graph.find().toList();
        assertAll(
                () -> assertInstanceOf(TripleSet.class, graph),
                () -> assertEquals(4, graph.size()),
                () -> assertEquals(4, triples.size()),
                () -> assertEquals("http://example.org/Reading", triples.get(0).getObject().getURI()),
                () -> assertEquals("120.50", triples.get(3).getObject().getLiteralLexicalForm()));
    }

    @Test
    void findsByPatternWithTermEqualityAsTheIndexedGraphDoes() {
        Graph graph = parse(READING);
        Graph indexed = TripleSet.indexed(graph);
        Node decimal = NodeFactory.createLiteralDT("120.5", XSDDatatype.XSDdecimal);

        assertAll(
                () -> assertTrue(graph.contains(READING_NODE, LITRES, decimal)),
                () -> assertTrue(graph.contains(Triple.create(READING_NODE, LITRES, decimal))),
                () -> assertFalse(graph.contains(Triple.create(READING_NODE, LITRES,
                        NodeFactory.createLiteralString("120.5")))),
                () -> assertEquals(2, graph.find(READING_NODE, LITRES, Node.ANY).toList().size()),
                () -> assertEquals(indexed.find(READING_NODE, LITRES, Node.ANY).toSet(),
                        graph.find(READING_NODE, LITRES, Node.ANY).toSet()),
                () -> assertEquals(indexed.find(Node.ANY, Node.ANY, decimal).toSet(),
                        graph.find(Node.ANY, Node.ANY, decimal).toSet()));
    }

    @Test
    void theIndexedCopyHoldsTheSameTriplesAndPrefixes() {
        Graph graph = parse(READING);

        Graph indexed = TripleSet.indexed(graph);

        assertAll(
                () -> assertNotSame(graph, indexed),
                () -> assertFalse(indexed instanceof TripleSet),
                () -> assertTrue(indexed.isIsomorphicWith(graph)),
                () -> assertEquals(4, indexed.size()),
                () -> assertEquals("http://example.org/", indexed.getPrefixMapping().getNsPrefixURI("ex")));
    }

    @Test
    void aGraphIndexedAlreadyIsItsOwnIndexedForm() {
        Graph graph = GraphFactory.createDefaultGraph();

        assertSame(graph, TripleSet.indexed(graph));
    }

    @Test
    void parsingIntoAGraphGivesAnIndexedOne() {
        Graph graph = RdfCodec.parse(new ByteArrayInputStream(READING.getBytes(UTF_8)), RdfFormat.TURTLE, BASE, null);

        assertAll(
                () -> assertFalse(graph instanceof TripleSet),
                () -> assertEquals(4, graph.size()));
    }

    private static Graph parse(String turtle) {
        return RdfCodec.parseDocument(new ByteArrayInputStream(turtle.getBytes(UTF_8)), RdfFormat.TURTLE, BASE, null)
                .defaultGraph();
    }
}
