// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.solidaire.vocab.SOLID;

/**
 * An N3 Patch that only inserts: {@code solid:InsertDeletePatch} with {@code solid:inserts} and no
 * {@code solid:where}, which needs Append and no Read.
 *
 * <p>The inserted triples may not hold blank nodes: the server mints a fresh node for each blank node of every
 * patch it applies, so sending the same data twice would leave two copies of it.
 *
 * @see <a href="https://solidproject.org/TR/protocol#n3-patch">Solid Protocol §5.3.1 N3 Patch</a>
 */
final class InsertPatch {

    /** The media type of an N3 Patch. */
    static final String MEDIA_TYPE = "text/n3";

    private InsertPatch() {
    }

    /**
     * The patch body that inserts the graph's triples.
     *
     * @throws IllegalArgumentException if a triple holds a blank node or a triple term
     */
    static byte[] of(Graph inserts) {
        StringBuilder body = new StringBuilder();
        body.append("@prefix solid: <").append(SOLID.NS).append("> .\n");
        body.append("_:patch a solid:InsertDeletePatch ;\n  solid:inserts {\n");
        inserts.find().forEachRemaining(triple -> body.append("    ").append(statement(triple)).append('\n'));
        body.append("  } .\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String statement(Triple triple) {
        return term(triple, triple.getSubject()) + " " + term(triple, triple.getPredicate()) + " "
                + term(triple, triple.getObject()) + " .";
    }

    private static String term(Triple triple, Node node) {
        if (!node.isURI() && !node.isLiteral()) {
            throw new IllegalArgumentException("Cannot append " + NodeFmtLib.str(triple) + ": it holds "
                    + (node.isBlank() ? "a blank node" : "the term " + node) + ", and appending would insert a new "
                    + "copy of it every time; name it with an IRI (such as a fragment of the document) instead.");
        }
        return NodeFmtLib.strNT(node);
    }
}
