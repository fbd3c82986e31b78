// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.langtagx.LangTagX;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.RdfCodec;

/**
 * Refuses a patch that would insert a term no request body may hold, with the answer a body gets: an IRI breaking
 * the generic syntax (RFC 3986), such as {@code http://ex/a|b}, which the parsers of both patch languages only warn
 * about and RDF/XML could not carry afterwards; or a literal whose language tag is not well-formed (RDF 1.1 Concepts
 * §3.3, BCP 47), which a PUT of what a GET then returns would be refused for. An IRI that only breaks the rules of
 * its scheme is still an IRI, and is let through, as a PUT lets it through.
 */
final class InsertedTerms {

    private InsertedTerms() {
    }

    /**
     * Refuses the first term of the triples that is not well-formed.
     *
     * @param language the patch language, named in the answer
     * @param triples the triples or triple patterns a patch inserts
     * @throws ProblemException 400 naming the IRI or the language tag
     */
    static void requireWellFormed(String language, Collection<Triple> triples) {
        // A patch names the same predicates and often the same subjects and objects many times: each is read once.
        Set<String> wellFormed = new HashSet<>();
        for (Triple triple : triples) {
            requireWellFormedIri(language, triple.getSubject(), wellFormed);
            requireWellFormedIri(language, triple.getPredicate(), wellFormed);
            requireWellFormedIri(language, triple.getObject(), wellFormed);
            Node object = triple.getObject();
            if (object.isLiteral() && !object.getLiteralLanguage().isEmpty()
                    && !LangTagX.checkLanguageTag(object.getLiteralLanguage())) {
                String tag = object.getLiteralLanguage();
                throw SyntaxProblem.unplaced(language, RdfCodec.languageTagProblem(tag)).with("languageTag", tag);
            }
        }
    }

    private static void requireWellFormedIri(String language, Node node, Set<String> wellFormed) {
        if (!node.isURI() || !wellFormed.add(node.getURI())) {
            return;
        }
        Optional<String> problem = RdfCodec.iriSyntaxProblem(node.getURI());
        if (problem.isPresent()) {
            throw SyntaxProblem.unplaced(language, "Bad IRI: <" + node.getURI() + "> is not a well-formed IRI "
                    + "(RFC 3986): " + problem.get()).with("iri", node.getURI());
        }
    }
}
