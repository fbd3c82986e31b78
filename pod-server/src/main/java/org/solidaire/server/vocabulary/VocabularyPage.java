// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.solidaire.vocab.CitizenDataVocabulary;

/**
 * The documentation page of the vocabulary, generated from the vocabulary and its shapes: what the vocabulary is
 * and how to use it, a table of contents, then every class, property, code list and other term, each under a
 * heading whose id is the term's local name.
 *
 * <p>Headings go from the page's single {@code h1} to {@code h2} for the parts, {@code h3} for terms and
 * {@code h4} within a term, never skipping a level.
 */
final class VocabularyPage {

    private static final String ABOUT = "section-about";
    private static final String CLASSES = "section-classes";
    private static final String PROPERTIES = "section-properties";
    private static final String CODE_LISTS = "section-code-lists";
    private static final String OTHER_TERMS = "section-other-terms";

    private final Rendering page;
    private final Markup html;
    private final VocabularyIndex vocabulary;
    private final ShapeIndex shapes;
    private final Language language;
    private final TermDescription terms;
    private final ConstraintText constraints;
    private final Resource ontology;

    private VocabularyPage(Documentation sources, Language language) {
        this.page = new Rendering(sources, language, Rendering.Page.VOCABULARY);
        this.html = page.html();
        this.vocabulary = sources.vocabulary();
        this.shapes = sources.shapes();
        this.language = language;
        this.terms = new TermDescription(page);
        this.constraints = new ConstraintText(page);
        this.ontology = vocabulary.model().getResource(CitizenDataVocabulary.ONTOLOGY_IRI);
    }

    /**
     * Writes the page in a language.
     *
     * @param sources the vocabulary, its shapes and where they are published
     * @param language the page's language
     * @return the whole HTML document
     */
    static String render(Documentation sources, Language language) {
        VocabularyPage page = new VocabularyPage(sources, language);
        page.write();
        Resource licence = page.ontology.getPropertyResourceValue(DCTerms.license);
        return new PageFrame(page.page, sources.vocabularyUrl(), licence).wrap(page.title());
    }

    private String title() {
        List<String> versions = vocabulary.plainValues(ontology, OWL2.versionInfo);
        return page.format("vocabulary.title", vocabulary.label(ontology, language),
                versions.isEmpty() ? "" : versions.get(0));
    }

    private void write() {
        html.element("h1", vocabulary.label(ontology, language));
        terms.comment(ontology);
        html.element("p", page.text("vocabulary.generated"));
        contents();
        AboutSection.Facts facts = new AboutSection.Facts(ontology, CitizenDataVocabulary.NS,
                CitizenDataVocabulary.PREFIX, page.sources().vocabularyUrl(), page.sources().vocabularyJar(),
                "Model vocabulary = CitizenDataVocabulary.model();");
        new AboutSection(page, facts).write(ABOUT, this::shapesLink);
        page.part(CLASSES, "vocabulary.classes", vocabulary.classes(language), this::classSection);
        page.part(PROPERTIES, "vocabulary.properties", vocabulary.properties(language), this::propertySection);
        page.part(CODE_LISTS, "vocabulary.codeLists", vocabulary.codeLists(language), this::codeListSection);
        page.part(OTHER_TERMS, "vocabulary.otherTerms", vocabulary.otherTerms(language), this::otherSection);
    }

    private void shapesLink() {
        html.element("dt", page.text("about.shapes"));
        html.open("dd").link(page.sources().shapesUrl(), page.text("about.shapesLink")).close("dd");
    }

    private void contents() {
        html.open("nav", "aria-labelledby", "toc");
        html.element("h2", page.text("page.contents"), "id", "toc");
        html.open("ul");
        html.open("li").link("#" + ABOUT, page.text("about.heading")).close("li");
        contentsEntry(CLASSES, "vocabulary.classes", vocabulary.classes(language));
        contentsEntry(PROPERTIES, "vocabulary.properties", vocabulary.properties(language));
        contentsEntry(CODE_LISTS, "vocabulary.codeLists", vocabulary.codeLists(language));
        contentsEntry(OTHER_TERMS, "vocabulary.otherTerms", vocabulary.otherTerms(language));
        html.close("ul");
        html.close("nav");
    }

    private void contentsEntry(String id, String headingKey, List<Resource> entries) {
        if (entries.isEmpty()) {
            return;
        }
        html.open("li").link("#" + id, page.format("contents.count", page.text(headingKey),
                Integer.toString(entries.size())));
        terms.termList(entries, "contents.none");
        html.close("li");
    }

    private void classSection(Resource type) {
        terms.heading(type, "h3");
        terms.introduction(type);
        terms.openDetails(type);
        terms.closeDetails(type);
        html.element("h4", page.text("class.properties"));
        terms.termList(vocabulary.propertiesWithDomain(type, language), "class.noProperties");
        html.element("h4", page.text("class.shapes"));
        List<Resource> targeting = shapes.shapesTargeting(type, language);
        if (targeting.isEmpty()) {
            html.element("p", page.text("class.noShapes"));
            return;
        }
        html.element("p", page.text("shapes.severities"));
        DataTable table = new DataTable(page);
        for (Resource shape : targeting) {
            table.write(() -> shapeCaption(shape), constraints.pathColumn(), constraints.requirementColumns(),
                    shapes.constraints(shape), null);
        }
    }

    private void shapeCaption(Resource shape) {
        html.text(page.format("class.shapeCaption", shapes.label(shape, language)) + " ");
        page.term(shape);
    }

    private void propertySection(Resource property) {
        terms.heading(property, "h3");
        terms.introduction(property);
        terms.openDetails(property);
        kind(property);
        domainOrRange(property, RDFS.domain, "property.domain");
        domainOrRange(property, RDFS.range, "property.range");
        List<Resource> codeLists = codeListsOf(property);
        if (!codeLists.isEmpty()) {
            terms.entry("property.codeLists", codeLists);
        }
        terms.closeDetails(property);
        html.element("h4", page.text("property.constraints"));
        List<Resource> constrained = shapes.constraintsOn(property);
        if (constrained.isEmpty()) {
            html.element("p", page.text("property.noConstraints"));
            return;
        }
        DataTable.Column appliesTo = new DataTable.Column("column.appliesTo", this::holders);
        new DataTable(page).write(
                () -> html.text(page.format("property.constraintsCaption", vocabulary.label(property, language))),
                appliesTo, constraints.requirementColumns(), constrained, null);
    }

    /** The kind of property, in words and by its OWL or RDF class. */
    private void kind(Resource property) {
        List<Resource> kinds = vocabulary.links(property, RDF.type).stream()
                .filter(type -> type.getURI().startsWith(OWL2.NS) || RDF.Property.equals(type))
                .toList();
        if (kinds.isEmpty()) {
            return;
        }
        html.element("dt", page.text("property.kind"));
        for (Resource kind : kinds) {
            html.open("dd").text(page.text("kind." + kind.getLocalName()) + " ");
            page.term(kind);
            html.close("dd");
        }
    }

    private void domainOrRange(Resource property, Property relation, String key) {
        List<Resource> values = vocabulary.links(property, relation);
        if (values.isEmpty()) {
            terms.entry(key, page.text("property.unrestricted"));
        } else {
            terms.entry(key, values);
        }
    }

    /**
     * What a property shape applies to: the classes its node shapes target, or the node shapes themselves when
     * they select their resources otherwise or are value shapes.
     */
    private void holders(Resource propertyShape) {
        Set<Resource> targets = new LinkedHashSet<>();
        for (Resource holder : shapes.holders(propertyShape, language)) {
            List<Resource> classes = holder.listProperties(SHACLM.targetClass).mapWith(Statement::getObject)
                    .filterKeep(RDFNode::isURIResource).mapWith(RDFNode::asResource).toList();
            targets.addAll(classes.isEmpty() ? List.of(holder) : classes);
        }
        if (targets.size() == 1) {
            page.term(targets.iterator().next());
            return;
        }
        html.open("ul", "class", "facets");
        for (Resource target : targets) {
            html.open("li");
            page.term(target);
            html.close("li");
        }
        html.close("ul");
    }

    /** The code lists whose concepts are the values that the shapes allow for a property. */
    private List<Resource> codeListsOf(Resource property) {
        Set<Resource> codeLists = new LinkedHashSet<>();
        for (Resource shape : shapes.constraintsOn(property)) {
            Statement in = shape.getProperty(SHACLM.in);
            if (in == null || !in.getObject().canAs(RDFList.class)) {
                continue;
            }
            for (RDFNode value : in.getObject().as(RDFList.class).asJavaList()) {
                if (value.isURIResource() && vocabulary.isTerm(value.asResource().getURI())) {
                    Resource concept = vocabulary.model().getResource(value.asResource().getURI());
                    codeLists.addAll(vocabulary.links(concept, SKOS.inScheme));
                }
            }
        }
        Collator collator = Collator.getInstance(language.locale());
        return codeLists.stream()
                .sorted(Comparator.comparing((Resource list) -> vocabulary.label(list, language), collator))
                .toList();
    }

    private void codeListSection(Resource codeList) {
        terms.heading(codeList, "h3");
        terms.introduction(codeList);
        terms.openDetails(codeList);
        terms.closeDetails(codeList);
        new ConceptTable(page).write(codeList);
    }

    private void otherSection(Resource term) {
        terms.heading(term, "h3");
        terms.introduction(term);
        terms.openDetails(term);
        terms.closeDetails(term);
    }
}
