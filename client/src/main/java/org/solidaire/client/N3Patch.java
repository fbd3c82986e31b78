// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.sparql.util.NodeUtils;
import org.apache.jena.vocabulary.RDF;
import org.solidaire.vocab.SOLID;

/**
 * The body of an N3 Patch ({@code solid:InsertDeletePatch}) without {@code solid:where}: one that only inserts,
 * which needs Append and no Read, or one that deletes triples and inserts others, which needs Read and Write.
 *
 * <p>The triples are written as Turtle inside the formulas: a prefix for every namespace used more than once (the
 * graphs' own prefix where they have one), each subject once with its predicates after it, and numbers without
 * their datatype where Turtle reads them back with the same lexical form. No IRI is written relative to the
 * document, so the triples do not depend on how the server spells the document's URL. On a month of daily
 * readings, this is about a quarter of the size of N-Triples, and the server reads it as much faster.
 *
 * <p>The triples may not hold blank nodes: the server mints a fresh node for each blank node of every patch it
 * applies, so sending the same data twice would leave two copies of it, and a deleted blank node matches nothing.
 *
 * @see <a href="https://solidproject.org/TR/protocol#n3-patch">Solid Protocol §5.3.1 N3 Patch</a>
 */
final class N3Patch {

    /** The media type of an N3 Patch. */
    static final String MEDIA_TYPE = "text/n3";

    private static final String SOLID_PREFIX = "solid";
    private static final Comparator<Triple> BY_SUBJECT_THEN_PREDICATE = Comparator
            .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
            .thenComparing(triple -> !triple.getPredicate().equals(RDF.Nodes.type))
            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms);

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
        List<Triple> deleted = statements(deletes);
        List<Triple> inserted = statements(inserts);
        Map<String, String> prefixes = prefixes(List.of(deleted, inserted), List.of(deletes, inserts));
        StringWriter text = new StringWriter();
        AWriter body = IO.wrap(text);
        prefixes.forEach((namespace, prefix) -> body.print("@prefix " + prefix + ": <" + namespace + "> .\n"));
        body.print("_:patch a solid:InsertDeletePatch");
        NodeFormatter terms = new NodeFormatterTTL(null, prefixMap(prefixes));
        formula(body, terms, "solid:deletes", deleted);
        formula(body, terms, "solid:inserts", inserted);
        body.print(" .\n");
        body.flush();
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The graph's triples, subjects in order, each with its type first and its other predicates in order. */
    private static List<Triple> statements(Graph graph) {
        List<Triple> triples = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(triple -> {
            requireNamed(triple, triple.getSubject());
            requireNamed(triple, triple.getPredicate());
            requireNamed(triple, triple.getObject());
            triples.add(triple);
        });
        triples.sort(BY_SUBJECT_THEN_PREDICATE);
        return triples;
    }

    private static void requireNamed(Triple triple, Node node) {
        if (!node.isURI() && !node.isLiteral()) {
            throw new IllegalArgumentException("Cannot patch with " + NodeFmtLib.str(triple) + ": it holds "
                    + (node.isBlank() ? "a blank node" : "the term " + node) + ", which a patch cannot name (the "
                    + "server would insert a new copy of it every time); name it with an IRI (such as a fragment of "
                    + "the document) instead.");
        }
    }

    /**
     * A prefix for each namespace that more than one IRI of the triples uses, by namespace, in the order first met:
     * the one a graph gives it, or a new one.
     */
    private static Map<String, String> prefixes(List<List<Triple>> statements, List<Graph> graphs) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        uses.put(SOLID.NS, 2);
        for (List<Triple> triples : statements) {
            for (Triple triple : triples) {
                count(uses, triple.getSubject());
                if (!triple.getPredicate().equals(RDF.Nodes.type)) {
                    count(uses, triple.getPredicate());
                }
                count(uses, triple.getObject());
            }
        }
        Map<String, String> byNamespace = new LinkedHashMap<>();
        Map<String, String> byPrefix = new HashMap<>();
        byNamespace.put(SOLID.NS, SOLID_PREFIX);
        byPrefix.put(SOLID_PREFIX, SOLID.NS);
        uses.forEach((namespace, count) -> {
            if (count < 2 || byNamespace.containsKey(namespace)) {
                return;
            }
            String prefix = graphs.stream().map(graph -> graph.getPrefixMapping().getNsURIPrefix(namespace))
                    .filter(label -> label != null && !label.isEmpty() && !byPrefix.containsKey(label))
                    .findFirst().orElse(null);
            for (int n = byNamespace.size(); prefix == null || byPrefix.containsKey(prefix); n++) {
                prefix = "n" + n;
            }
            byNamespace.put(namespace, prefix);
            byPrefix.put(prefix, namespace);
        });
        return byNamespace;
    }

    private static void count(Map<String, Integer> uses, Node node) {
        String iri = node.isURI() ? node.getURI() : null;
        if (node.isLiteral() && !NodeUtils.isSimpleString(node) && !NodeUtils.isLangString(node)) {
            iri = node.getLiteralDatatypeURI();
        }
        if (iri == null) {
            return;
        }
        int end = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
        if (end > 0 && end < iri.length()) {
            uses.merge(iri.substring(0, end), 1, Integer::sum);
        }
    }

    private static PrefixMap prefixMap(Map<String, String> byNamespace) {
        PrefixMap map = PrefixMapFactory.create();
        byNamespace.forEach((namespace, prefix) -> map.add(prefix, namespace));
        return map;
    }

    private static void formula(AWriter body, NodeFormatter terms, String property, List<Triple> triples) {
        if (triples.isEmpty()) {
            return;
        }
        body.print(" ;\n  " + property + " {");
        Node subject = null;
        for (Triple triple : triples) {
            if (triple.getSubject().equals(subject)) {
                body.print(" ;\n      ");
            } else {
                body.print(subject == null ? "\n    " : " .\n    ");
                subject = triple.getSubject();
                terms.format(body, subject);
                body.print(' ');
            }
            if (triple.getPredicate().equals(RDF.Nodes.type)) {
                body.print('a');
            } else {
                terms.format(body, triple.getPredicate());
            }
            body.print(' ');
            terms.format(body, triple.getObject());
        }
        body.print(" .\n  }");
    }
}
