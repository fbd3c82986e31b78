// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes what every term of the vocabulary shows, whatever its kind: a heading that is its anchor, its IRI, its
 * comment, its label in the other language, and its alignments with the vocabularies it reuses.
 */
final class TermDescription {

    /** The relations to other terms that the page lists, in this order, each under its own heading. */
    static final List<Property> ALIGNMENTS = List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass,
            OWL.equivalentProperty, SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch,
            SKOS.relatedMatch, SKOS.broader, SKOS.narrower, SKOS.related, RDFS.seeAlso);

    private final Rendering page;
    private final Markup html;
    private final VocabularyIndex vocabulary;

    TermDescription(Rendering page) {
        this.page = page;
        this.html = page.html();
        this.vocabulary = page.vocabulary();
    }

    /** The term's heading, whose id is the term's local name so that the term's IRI lands on it. */
    void heading(Resource term, String element) {
        html.element(element, vocabulary.label(term, page.language()), "id", vocabulary.localName(term));
    }

    /** The term's IRI and its comment in the page's language. */
    void introduction(Resource term) {
        html.open("p", "class", "iri").text(page.text("term.iri") + page.text("punctuation.colon"))
                .element("code", term.getURI()).close("p");
        comment(term);
    }

    /** The comment in the page's language, else in the other one, marked with its language. */
    void comment(Resource term) {
        Optional<String> comment = page.language().textOf(term, RDFS.comment);
        Language other = page.language().other();
        if (comment.isPresent()) {
            html.element("p", comment.get());
        } else {
            other.textOf(term, RDFS.comment).ifPresent(text -> html.element("p", text, "lang", other.tag()));
        }
    }

    /** Opens the list of the term's details with its label in the other language; the caller adds and closes. */
    void openDetails(Resource term) {
        html.open("dl");
        Language other = page.language().other();
        other.textOf(term, RDFS.label).ifPresent(label -> {
            html.element("dt", page.text("term.otherLabel"));
            html.element("dd", label, "lang", other.tag());
        });
        List<Resource> types = vocabulary.additionalTypes(term);
        if (!types.isEmpty()) {
            entry("term.types", types);
        }
    }

    /** Adds the alignments and closes the list of details. */
    void closeDetails(Resource term) {
        alignments(term);
        List<String> notations = vocabulary.plainValues(term, SKOS.notation);
        if (!notations.isEmpty()) {
            html.element("dt", page.text("term.notation"));
            for (String notation : notations) {
                html.open("dd").element("code", notation).close("dd");
            }
        }
        html.close("dl");
    }

    /** One detail: a heading and the terms it lists, one per line. */
    void entry(String headingKey, List<Resource> values) {
        html.element("dt", page.text(headingKey));
        for (Resource value : values) {
            html.open("dd");
            page.term(value);
            html.close("dd");
        }
    }

    /** One detail whose value is text, such as "not restricted". */
    void entry(String headingKey, String text) {
        html.element("dt", page.text(headingKey));
        html.element("dd", text);
    }

    /** The alignments of a term, under a heading that names the relation in words and by its IRI. */
    void alignments(Resource term) {
        for (Property relation : ALIGNMENTS) {
            List<Resource> targets = vocabulary.links(term, relation);
            if (targets.isEmpty()) {
                continue;
            }
            html.open("dt").text(page.text("alignment." + relation.getLocalName()) + " ")
                    .element("code", vocabulary.shortName(relation.getURI())).close("dt");
            for (Resource target : targets) {
                html.open("dd");
                page.term(target);
                html.close("dd");
            }
        }
    }

    /** Writes a list of links to terms, or a sentence saying there are none. */
    void termList(List<Resource> terms, String noneKey) {
        if (terms.isEmpty()) {
            html.element("p", page.text(noneKey));
            return;
        }
        html.open("ul");
        for (Resource term : terms) {
            html.open("li");
            page.term(term);
            html.close("li");
        }
        html.close("ul");
    }
}
