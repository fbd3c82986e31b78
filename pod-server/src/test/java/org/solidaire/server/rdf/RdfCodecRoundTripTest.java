// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.solidaire.vocab.ACL;
import org.solidaire.vocab.LDP;

/**
 * Every format written by the codec reads back as the same graph, both with the codec itself and with an
 * independent parser (RDF4J Rio), on a graph with the awkward cases: language tags, datatypes, blank nodes in a
 * cycle, escapes and text outside ASCII.
 */
class RdfCodecRoundTripTest {

    private static final String BASE = "https://pod.example/notes/";
    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void theCodecReadsBackWhatItWrites(RdfFormat format) {
        Graph graph = awkwardGraph();
        byte[] bytes = RdfCodec.toBytes(graph, format);

        Graph read = RdfCodec.parse(new ByteArrayInputStream(bytes), format, BASE, null);

        assertTrue(graph.isIsomorphicWith(read), () -> format + " read back differently:\n" + text(bytes));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void rdf4jReadsTheSameGraphFromWhatTheCodecWrites(RdfFormat format) throws IOException {
        Graph graph = awkwardGraph();
        byte[] bytes = RdfCodec.toBytes(graph, format);

        Model read = Rio.parse(new ByteArrayInputStream(bytes), BASE, rdf4jFormat(format));

        assertEquals(graph.size(), read.size(), () -> text(bytes));
        assertTrue(Models.isomorphic(toRdf4j(graph), read),
                () -> format + " read by RDF4J differently:\n" + text(bytes));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void anEmptyGraphIsWrittenAsAnEmptyDocument(RdfFormat format) {
        byte[] bytes = RdfCodec.toBytes(GraphFactory.createDefaultGraph(), format);
        assertTrue(RdfCodec.parse(new ByteArrayInputStream(bytes), format, BASE, null).isEmpty(), text(bytes));
    }

    static Graph awkwardGraph() {
        Node note = uri(BASE + "caf\u00e9");
        Node first = NodeFactory.createBlankNode();
        Node second = NodeFactory.createBlankNode();
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(note, RDF.Nodes.type, LDP.Resource);
        graph.add(note, uri("http://purl.org/dc/terms/title"), NodeFactory.createLiteralLang("Bonjour", "fr"));
        graph.add(note, uri("http://purl.org/dc/terms/title"), NodeFactory.createLiteralLang("Hello", "en-GB"));
        graph.add(note, uri("http://example.org/count"), typed("42", XSDDatatype.XSDinteger));
        graph.add(note, uri("http://example.org/ratio"), typed("3.14", XSDDatatype.XSDdecimal));
        graph.add(note, uri("http://example.org/when"), typed("2024-02-29", XSDDatatype.XSDdate));
        graph.add(note, uri("http://example.org/done"), typed("true", XSDDatatype.XSDboolean));
        graph.add(note, uri("http://example.org/code"), NodeFactory.createLiteralDT("x-1",
                TypeMapper.getInstance().getSafeTypeByName("http://example.org/datatype")));
        graph.add(note, uri("http://example.org/text"), NodeFactory.createLiteralString(
                "Zo\u00eb \u2014 \u65e5\u672c\u8a9e \ud83d\udeb2"));
        graph.add(note, uri("http://example.org/text"), NodeFactory.createLiteralString(
                "line 1\nline 2\t\"quoted\" \\ <tag> & 'apostrophe'"));
        graph.add(note, uri("http://example.org/text"), NodeFactory.createLiteralString(""));
        graph.add(note, uri("http://xmlns.com/foaf/0.1/knows"), first);
        graph.add(first, uri("http://xmlns.com/foaf/0.1/name"), NodeFactory.createLiteralString("Ana"));
        graph.add(first, uri("http://xmlns.com/foaf/0.1/knows"), second);
        graph.add(second, uri("http://xmlns.com/foaf/0.1/knows"), first);
        graph.add(second, uri("https://schema.org/name"), NodeFactory.createLiteralLang("Bo", "pt-BR"));
        graph.add(uri(BASE + ".acl#owner"), ACL.accessTo, note);
        return graph;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node typed(String lexicalForm, XSDDatatype datatype) {
        return NodeFactory.createLiteralDT(lexicalForm, datatype);
    }

    private static RDFFormat rdf4jFormat(RdfFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE;
            case JSON_LD -> RDFFormat.JSONLD;
            case N_TRIPLES -> RDFFormat.NTRIPLES;
            case RDF_XML -> RDFFormat.RDFXML;
        };
    }

    private static Model toRdf4j(Graph graph) {
        Model model = new LinkedHashModel();
        graph.find().forEachRemaining(triple -> model.add((Resource) toRdf4j(triple.getSubject()),
                VALUES.createIRI(triple.getPredicate().getURI()), toRdf4j(triple.getObject())));
        return model;
    }

    private static Value toRdf4j(Node node) {
        if (node.isURI()) {
            return VALUES.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VALUES.createBNode(node.getBlankNodeLabel());
        }
        if (!node.getLiteralLanguage().isEmpty()) {
            return VALUES.createLiteral(node.getLiteralLexicalForm(), node.getLiteralLanguage());
        }
        return VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }
}
