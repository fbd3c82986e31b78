// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;

/**
 * Converts RDF terms between Jena, which the server speaks, and RDF4J, whose store is a candidate: a server built
 * on RDF4J's store would still parse and write with the codecs it has, so the conversion is part of its cost.
 */
final class TermBridge {

    private final ValueFactory values;

    TermBridge(ValueFactory values) {
        this.values = values;
    }

    Literal string(String text) {
        return values.createLiteral(text);
    }

    Literal number(long number) {
        return values.createLiteral(number);
    }

    IRI iri(String iri) {
        return values.createIRI(iri);
    }

    IRI iri(Node node) {
        return values.createIRI(node.getURI());
    }

    Resource resource(Node node) {
        return node.isBlank() ? values.createBNode(node.getBlankNodeLabel()) : iri(node);
    }

    Value value(Node node) {
        if (!node.isLiteral()) {
            return resource(node);
        }
        String language = node.getLiteralLanguage();
        if (!language.isEmpty()) {
            return values.createLiteral(node.getLiteralLexicalForm(), language);
        }
        return values.createLiteral(node.getLiteralLexicalForm(), iri(node.getLiteralDatatypeURI()));
    }

    static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode blank) {
            return NodeFactory.createBlankNode(blank.getID());
        }
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(literal.getLabel(),
                TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }
}
