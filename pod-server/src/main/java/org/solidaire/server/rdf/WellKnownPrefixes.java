// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeUtils;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.solidaire.vocab.ACL;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.PIM;
import org.solidaire.vocab.POSIX;
import org.solidaire.vocab.SOLID;

/**
 * The fixed set of prefixes that written RDF may declare, and the choice of those a graph actually uses.
 *
 * <p>The set is fixed rather than taken from what a client once sent, so that a resource reads the same whoever
 * wrote it and a client cannot make the server emit misleading prefix names. Names follow the conventions of
 * prefix.cc and of other Solid servers ({@code posix} for POSIX stat, as in the Community Solid Server).
 */
final class WellKnownPrefixes {

    private static final List<Map.Entry<String, String>> CANDIDATES = List.of(
            Map.entry("ldp", LDP.NS),
            Map.entry("rdf", RDF.getURI()),
            Map.entry("rdfs", RDFS.getURI()),
            Map.entry("xsd", XSD.NS),
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("dcterms", DCTERMS.NS),
            Map.entry("posix", POSIX.NS),
            Map.entry("solid", SOLID.NS),
            Map.entry("pim", PIM.NS),
            Map.entry("acl", ACL.NS),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"),
            // Both spellings of schema.org are in use; the first one the graph uses gets the prefix.
            Map.entry("schema", "http://schema.org/"),
            Map.entry("schema", "https://schema.org/"));

    private WellKnownPrefixes() {
    }

    /** The candidate prefixes whose namespace some IRI or datatype of the graph starts with. */
    static PrefixMap inUse(Graph graph) {
        boolean[] used = new boolean[CANDIDATES.size()];
        ExtendedIterator<Triple> triples = graph.find();
        try {
            while (triples.hasNext()) {
                Triple triple = triples.next();
                mark(triple.getSubject(), used);
                // Turtle writes rdf:type as "a", so it alone does not justify declaring rdf.
                if (!RDF.Nodes.type.equals(triple.getPredicate())) {
                    mark(triple.getPredicate(), used);
                }
                mark(triple.getObject(), used);
            }
        } finally {
            triples.close();
        }
        return prefixMap(used);
    }

    private static void mark(Node node, boolean[] used) {
        if (node.isURI()) {
            markNamespace(node.getURI(), used);
        } else if (node.isLiteral() && !NodeUtils.isSimpleString(node) && !NodeUtils.hasLang(node)) {
            // Plain and language-tagged strings are written without their datatype.
            markNamespace(node.getLiteralDatatypeURI(), used);
        }
    }

    private static void markNamespace(String iri, boolean[] used) {
        for (int i = 0; i < used.length; i++) {
            String namespace = CANDIDATES.get(i).getValue();
            if (iri.length() > namespace.length() && iri.startsWith(namespace)) {
                used[i] = true;
                return;
            }
        }
    }

    private static PrefixMap prefixMap(boolean[] used) {
        PrefixMap prefixes = PrefixMapFactory.createForOutput();
        for (int i = 0; i < used.length; i++) {
            String prefix = CANDIDATES.get(i).getKey();
            if (used[i] && !prefixes.containsPrefix(prefix)) {
                prefixes.add(prefix, CANDIDATES.get(i).getValue());
            }
        }
        return prefixes;
    }
}
