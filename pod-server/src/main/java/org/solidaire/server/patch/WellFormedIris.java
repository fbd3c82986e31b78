// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.rfc3986.IRIParseException;
import org.apache.jena.rfc3986.RFC3986;
import org.solidaire.server.problem.ProblemException;

/**
 * Refuses a patch that would insert an IRI breaking the generic syntax (RFC 3986), such as {@code http://ex/a|b}:
 * the parsers of both patch languages only warn about one, and RDF/XML could not carry the resource afterwards. An
 * IRI that only breaks the rules of its scheme is still an IRI, and is let through, as a PUT lets it through.
 */
final class WellFormedIris {

    private WellFormedIris() {
    }

    /**
     * @param inserted the terms of the triples or quads the patch inserts
     * @param language the patch language, for the message
     * @throws ProblemException 400 naming the first IRI that is not well-formed
     */
    static void require(Stream<Node> inserted, String language) {
        inserted.filter(Node::isURI).forEach(node -> {
            try {
                RFC3986.checkSyntax(node.getURI());
            } catch (IRIParseException e) {
                throw SyntaxProblem.unplaced(language, "Bad IRI: <" + node.getURI() + "> is not a well-formed IRI "
                        + "(RFC 3986): " + e.getMessage()).with("iri", node.getURI()).causedBy(e);
            }
        });
    }
}
