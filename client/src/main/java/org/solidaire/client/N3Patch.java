// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.solidaire.vocab.SOLID;

/**
 * The body of an N3 Patch ({@code solid:InsertDeletePatch}) without {@code solid:where}: one that only inserts,
 * which needs Append and no Read, or one that deletes triples and inserts others, which needs Read and Write.
 *
 * <p>The triples may not hold blank nodes: the server mints a fresh node for each blank node of every patch it
 * applies, so sending the same data twice would leave two copies of it, and a deleted blank node matches nothing.
 *
 * @see <a href="https://solidproject.org/TR/protocol#n3-patch">Solid Protocol §5.3.1 N3 Patch</a>
 */
final class N3Patch {

    /** The media type of an N3 Patch. */
    static final String MEDIA_TYPE = "text/n3";

    private N3Patch() {
    }

    /**
     * The patch body that inserts the graph's triples.
     *
     * @throws IllegalArgumentException if a triple holds a blank node or a triple term
     */
    static byte[] inserting(Graph inserts) {
        return replacing(Graph.emptyGraph, inserts);
    }

    /**
     * The patch body that deletes some triples, every one of which the document must hold, and inserts others.
     *
     * @throws IllegalArgumentException if a triple holds a blank node or a triple term
     */
    static byte[] replacing(Graph deletes, Graph inserts) {
        StringBuilder body = new StringBuilder();
        body.append("@prefix solid: <").append(SOLID.NS).append("> .\n");
        body.append("_:patch a solid:InsertDeletePatch");
        formula(body, "solid:deletes", deletes);
        formula(body, "solid:inserts", inserts);
        body.append(" .\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void formula(StringBuilder body, String property, Graph triples) {
        if (triples.isEmpty()) {
            return;
        }
        body.append(" ;\n  ").append(property).append(" {\n");
        triples.find().forEachRemaining(triple -> body.append("    ").append(statement(triple)).append('\n'));
        body.append("  }");
    }

    private static String statement(Triple triple) {
        return term(triple, triple.getSubject()) + " " + term(triple, triple.getPredicate()) + " "
                + term(triple, triple.getObject()) + " .";
    }

    private static String term(Triple triple, Node node) {
        if (!node.isURI() && !node.isLiteral()) {
            throw new IllegalArgumentException("Cannot patch with " + NodeFmtLib.str(triple) + ": it holds "
                    + (node.isBlank() ? "a blank node" : "the term " + node) + ", which a patch cannot name (the "
                    + "server would insert a new copy of it every time); name it with an IRI (such as a fragment of "
                    + "the document) instead.");
        }
        return NodeFmtLib.strNT(node);
    }
}
