// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.sparql.core.Quad;

/**
 * Keeps literals exactly as clients wrote them, although TDB2 writes numbers of some datatypes into its node table
 * by value: {@code "9"^^xsd:int} would come back as {@code "9"^^xsd:integer}, {@code "01"} as {@code "1"}, once the
 * node table is read from disk. Such a literal is stored under a private datatype that names the real one, which
 * TDB2 writes as it is, and restored whenever the store is read.
 */
final class LexicalForms {

    /** Prefixes the IRI of the real datatype in a stored literal's datatype; never a datatype a client uses. */
    static final String STORED_PREFIX = "urn:solidaire:lexical:";

    /** The datatypes TDB2 writes by value; literals of any other datatype are stored as they are. */
    private static final Set<RDFDatatype> BY_VALUE = Set.of(XSDDatatype.XSDdecimal, XSDDatatype.XSDinteger,
            XSDDatatype.XSDlong, XSDDatatype.XSDint, XSDDatatype.XSDshort, XSDDatatype.XSDbyte,
            XSDDatatype.XSDdouble);

    private LexicalForms() {
    }

    /** The node to store for a node a client wrote: itself, unless TDB2 would not give it back unchanged. */
    static Node stored(Node node) {
        // A pattern may hold null for any node, as Jena's graph views pass it.
        if (node == null || !node.isLiteral() || !BY_VALUE.contains(node.getLiteralDatatype()) || roundTrips(node)) {
            return node;
        }
        RDFDatatype keeper = TypeMapper.getInstance().getSafeTypeByName(STORED_PREFIX + node.getLiteralDatatypeURI());
        return NodeFactory.createLiteralDT(node.getLiteralLexicalForm(), keeper);
    }

    /** Whether a stored node stands for another, and so needs {@link #written} when read. */
    static boolean isStoredForm(Node node) {
        return node.isLiteral() && node.getLiteralDatatypeURI().startsWith(STORED_PREFIX);
    }

    /** The node a client wrote, from the node stored for it. */
    static Node written(Node node) {
        if (!isStoredForm(node)) {
            return node;
        }
        String datatype = node.getLiteralDatatypeURI().substring(STORED_PREFIX.length());
        return NodeFactory.createLiteralDT(node.getLiteralLexicalForm(),
                TypeMapper.getInstance().getSafeTypeByName(datatype));
    }

    static Triple written(Triple triple) {
        return isStoredForm(triple.getObject())
                ? Triple.create(triple.getSubject(), triple.getPredicate(), written(triple.getObject())) : triple;
    }

    static Quad written(Quad quad) {
        return isStoredForm(quad.getObject()) ? Quad.create(quad.getGraph(), quad.getSubject(), quad.getPredicate(),
                written(quad.getObject())) : quad;
    }

    /** Whether TDB2's node table gives the literal back as the same RDF term, as it does for canonical forms. */
    private static boolean roundTrips(Node literal) {
        try {
            return ThriftConvert.convert(ThriftConvert.convert(literal, true)).equals(literal);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
