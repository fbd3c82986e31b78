// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.Collection;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.langtagx.LangTagX;
import org.solidaire.server.problem.ProblemException;

/**
 * RDF 1.1 Concepts §3.3: a language tag must be well-formed (BCP 47). A patch may not insert a literal whose tag is
 * not, as no request body may hold one: the document would keep a literal that a PUT of what a GET returns refuses,
 * and that some syntaxes cannot carry at all.
 */
final class LanguageTags {

    private LanguageTags() {
    }

    /**
     * Refuses the first literal of the triples whose language tag is not well-formed.
     *
     * @param language the patch language, named in the answer
     * @param triples the triples or triple patterns a patch inserts
     * @throws ProblemException 400 naming the tag
     */
    static void requireWellFormed(String language, Collection<Triple> triples) {
        for (Triple triple : triples) {
            Node object = triple.getObject();
            if (object.isLiteral() && !object.getLiteralLanguage().isEmpty()
                    && !LangTagX.checkLanguageTag(object.getLiteralLanguage())) {
                String tag = object.getLiteralLanguage();
                throw SyntaxProblem.unplaced(language, "the language tag '" + tag
                        + "' is not well-formed (BCP 47, RFC 5646 §2.1)").with("languageTag", tag);
            }
        }
    }
}
