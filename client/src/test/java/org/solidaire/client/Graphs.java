// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Small graphs for the tests, and what they hold. */
final class Graphs {

    static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    private Graphs() {
    }

    /** A graph of one triple: {@code <document#it> dcterms:title "title"}. */
    static Graph titled(URI document, String title) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(NodeFactory.createURI(document + "#it"), TITLE, NodeFactory.createLiteralString(title));
        return graph;
    }

    /** The titles a graph gives anything. */
    static Set<String> titles(Graph graph) {
        return graph.find(Node.ANY, TITLE, Node.ANY).mapWith(Triple::getObject).mapWith(Node::getLiteralLexicalForm)
                .toSet().stream().collect(Collectors.toSet());
    }

    /** Parses Turtle whose relative IRIs resolve against the base. */
    static Graph turtle(String base, String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE)
                .base(base).parse(graph);
        return graph;
    }
}
