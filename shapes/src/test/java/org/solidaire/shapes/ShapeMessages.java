// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The {@code sh:message} texts of each shape by language, read straight from the shapes graph. */
final class ShapeMessages {

    static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");

    private ShapeMessages() {
    }

    static Map<Node, Map<String, String>> read(Graph shapes) {
        Map<Node, Map<String, String>> messages = new HashMap<>();
        shapes.find(Node.ANY, SH_MESSAGE, Node.ANY).forEach(triple -> messages
                .computeIfAbsent(triple.getSubject(), shape -> new HashMap<>())
                .put(triple.getObject().getLiteralLanguage(), triple.getObject().getLiteralLexicalForm()));
        return messages;
    }
}
