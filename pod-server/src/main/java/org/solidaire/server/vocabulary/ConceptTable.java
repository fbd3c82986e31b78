// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.List;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes the concepts of a code list as a table: one row per concept, whose id is the concept's local name, with
 * its labels in both languages, its definition and how it relates to other vocabularies.
 */
final class ConceptTable {

    private final Rendering page;
    private final Markup html;
    private final VocabularyIndex vocabulary;
    private final Language language;

    ConceptTable(Rendering page) {
        this.page = page;
        this.html = page.html();
        this.vocabulary = page.vocabulary();
        this.language = page.language();
    }

    void write(Resource codeList) {
        List<Resource> concepts = vocabulary.concepts(codeList, language);
        if (concepts.isEmpty()) {
            html.element("p", page.text("codeList.empty"));
            return;
        }
        DataTable.Column concept = new DataTable.Column("column.concept", this::concept);
        List<DataTable.Column> columns = List.of(
                new DataTable.Column("column.otherLabel", this::otherLabel),
                new DataTable.Column("column.definition", this::definition),
                new DataTable.Column("column.relations", this::relations));
        new DataTable(page).write(
                () -> html.text(page.format("codeList.caption", vocabulary.label(codeList, language))),
                concept, columns, concepts, vocabulary::localName);
    }

    private void concept(Resource concept) {
        html.text(vocabulary.label(concept, language) + " ").element("code", vocabulary.shortName(concept.getURI()));
    }

    private void otherLabel(Resource concept) {
        Language other = language.other();
        other.textOf(concept, RDFS.label).or(() -> other.textOf(concept, SKOS.prefLabel))
                .ifPresentOrElse(label -> html.element("span", label, "lang", other.tag()), () -> html.text("—"));
    }

    private void definition(Resource concept) {
        Language other = language.other();
        language.textOf(concept, RDFS.comment).or(() -> language.textOf(concept, SKOS.definition))
                .ifPresentOrElse(html::text, () -> other.textOf(concept, RDFS.comment)
                        .ifPresentOrElse(text -> html.element("span", text, "lang", other.tag()),
                                () -> html.text("—")));
    }

    /** Notations, further types and alignments, as a list; a dash when the concept has none. */
    private void relations(Resource concept) {
        List<String> notations = vocabulary.plainValues(concept, SKOS.notation);
        List<Resource> types = vocabulary.additionalTypes(concept);
        boolean any = !notations.isEmpty() || !types.isEmpty() || TermDescription.ALIGNMENTS.stream()
                .anyMatch(relation -> !vocabulary.links(concept, relation).isEmpty());
        if (!any) {
            html.text("—");
            return;
        }
        html.open("ul", "class", "facets");
        for (String notation : notations) {
            html.open("li").text(page.text("term.notation") + page.text("punctuation.colon"))
                    .element("code", notation).close("li");
        }
        for (Resource type : types) {
            html.open("li").text(page.text("term.type") + page.text("punctuation.colon"));
            page.term(type);
            html.close("li");
        }
        for (var relation : TermDescription.ALIGNMENTS) {
            for (Resource target : vocabulary.links(concept, relation)) {
                html.open("li").text(page.text("alignment." + relation.getLocalName()) + " ");
                page.term(target);
                html.close("li");
            }
        }
        html.close("ul");
    }
}
