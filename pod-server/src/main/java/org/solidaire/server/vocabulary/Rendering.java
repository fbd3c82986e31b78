// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * One page being written: its markup, its language and texts, the sources, and the links between the two pages.
 * A term of the vocabulary links to its anchor on the vocabulary page, a named shape to its anchor on the shapes
 * page, any other IRI to itself; links within the page being written are fragments only.
 */
final class Rendering {

    /** The two published pages. */
    enum Page { VOCABULARY, SHAPES }

    private static final String CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";

    private final Markup html = new Markup();
    private final Documentation sources;
    private final Language language;
    private final Messages texts;
    private final Page page;

    Rendering(Documentation sources, Language language, Page page) {
        this.sources = sources;
        this.language = language;
        this.texts = Messages.in(language);
        this.page = page;
    }

    Markup html() {
        return html;
    }

    Documentation sources() {
        return sources;
    }

    VocabularyIndex vocabulary() {
        return sources.vocabulary();
    }

    ShapeIndex shapes() {
        return sources.shapes();
    }

    Language language() {
        return language;
    }

    /** The text of a key in the page's language. */
    String text(String key) {
        return texts.get(key);
    }

    /** The text of a key with its placeholders replaced. */
    String format(String key, String... values) {
        return texts.format(key, values);
    }

    /**
     * Where a link to an IRI points: a fragment on this page, the other page with a fragment, the IRI itself when
     * it is a web address, or null when it is none of these (a URN is shown, not linked).
     */
    String href(String iri) {
        if (vocabulary().isTerm(iri)) {
            return anchor(Page.VOCABULARY, iri.substring(vocabulary().namespace().length()));
        }
        if (iri.startsWith(shapes().namespace()) && iri.length() > shapes().namespace().length()) {
            return anchor(Page.SHAPES, iri.substring(shapes().namespace().length()));
        }
        return iri.startsWith("https://") || iri.startsWith("http://") ? iri : null;
    }

    /** A link to an anchor of one of the pages. */
    private String anchor(Page target, String fragment) {
        if (target == page) {
            return "#" + fragment;
        }
        return (target == Page.VOCABULARY ? sources.vocabularyUrl() : sources.shapesUrl()) + "#" + fragment;
    }

    /**
     * Writes a value: a term of the vocabulary as a link with its label followed by its short name, any other IRI
     * as a link whose text is its short name, a literal as code.
     */
    void value(RDFNode node) {
        if (node.isURIResource()) {
            term(node.asResource());
        } else if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String lang = literal.getLanguage().isEmpty() ? null : literal.getLanguage();
            html.element("code", literal.getLexicalForm(), "lang", lang);
        } else {
            html.text(text("value.blankNode"));
        }
    }

    /** Writes values separated by commas. */
    void values(List<? extends RDFNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                html.text(", ");
            }
            value(nodes.get(i));
        }
    }

    /** Writes a link to a term, as {@link #value(RDFNode)} does for an IRI. */
    void term(Resource term) {
        String iri = term.getURI();
        String href = href(iri);
        String shortName = vocabulary().shortName(iri);
        if (vocabulary().isTerm(iri)) {
            // The resource may come from the shapes' model, where the term has no label.
            Resource defined = vocabulary().model().getResource(iri);
            html.link(href, vocabulary().label(defined, language)).text(" ").element("code", shortName);
            return;
        }
        if (href == null) {
            html.element("code", shortName);
            return;
        }
        html.open("a", "href", href).element("code", shortName).close("a");
    }

    /**
     * Writes a part of the page: a heading whose id the table of contents links to, then one section per entry;
     * nothing at all when there are no entries.
     */
    void part(String id, String headingKey, List<Resource> entries, Consumer<Resource> section) {
        if (entries.isEmpty()) {
            return;
        }
        html.open("section");
        html.element("h2", text(headingKey), "id", id);
        for (Resource entry : entries) {
            html.open("section", "class", "term");
            section.accept(entry);
            html.close("section");
        }
        html.close("section");
    }

    /** The name of a licence: the words for Creative Commons Attribution 4.0, any other one by its IRI. */
    String licenceName(String iri) {
        return CC_BY_4.equals(iri) ? text("licence.ccBy4") : iri;
    }

    /** The page, once written. */
    String markup() {
        return html.toString();
    }
}
