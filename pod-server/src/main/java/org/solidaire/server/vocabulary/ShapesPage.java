// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.solidaire.shapes.CitizenDataShapes;

/**
 * The documentation page of the SHACL shapes: the node shapes that target classes, the value shapes they refer
 * to, and every named property shape in one table. Each named shape has an anchor named after its local name, so
 * that the {@code sh:sourceShape} of a validation report leads a reader to the constraint that failed.
 */
final class ShapesPage {

    private static final String ABOUT = "section-about";
    private static final String TARGETED = "section-targeted-shapes";
    private static final String VALUE_SHAPES = "section-value-shapes";
    private static final String PROPERTY_SHAPES = "section-property-shapes";

    private final Rendering page;
    private final Markup html;
    private final ShapeIndex shapes;
    private final Language language;
    private final ConstraintText constraints;
    private final Resource ontology;

    private ShapesPage(Documentation sources, Language language) {
        this.page = new Rendering(sources, language, Rendering.Page.SHAPES);
        this.html = page.html();
        this.shapes = sources.shapes();
        this.language = language;
        this.constraints = new ConstraintText(page);
        this.ontology = sources.shapes().model().getResource(CitizenDataShapes.ONTOLOGY_IRI);
    }

    /**
     * Writes the page in a language.
     *
     * @param sources the vocabulary, its shapes and where they are published
     * @param language the page's language
     * @return the whole HTML document
     */
    static String render(Documentation sources, Language language) {
        ShapesPage page = new ShapesPage(sources, language);
        page.write();
        Resource licence = page.ontology.getPropertyResourceValue(DCTerms.license);
        String title = page.page.format("shapes.title", page.heading(), page.version());
        return new PageFrame(page.page, sources.shapesUrl(), licence).wrap(title);
    }

    private String heading() {
        return shapes.label(ontology, language);
    }

    private String version() {
        List<String> versions = page.vocabulary().plainValues(ontology, OWL2.versionInfo);
        return versions.isEmpty() ? "" : versions.get(0);
    }

    private void write() {
        html.element("h1", heading());
        html.element("p", page.text("shapes.intro"));
        html.element("p", page.text("shapes.severities"));
        String prefix = ontology.getModel().getNsURIPrefix(CitizenDataShapes.NS);
        AboutSection.Facts facts = new AboutSection.Facts(ontology, CitizenDataShapes.NS,
                prefix == null ? "cdvsh" : prefix, page.sources().shapesUrl(), page.sources().shapesJar(),
                "Graph shapes = CitizenDataShapes.graph();");
        contents();
        new AboutSection(page, facts).write(ABOUT, this::vocabularyLink);
        page.part(TARGETED, "shapes.targeted", shapes.targetedShapes(language), this::nodeShape);
        page.part(VALUE_SHAPES, "shapes.values", shapes.valueShapes(language), this::nodeShape);
        propertyShapes();
    }

    private void vocabularyLink() {
        Statement requires = ontology.getProperty(DCTerms.requires);
        if (requires != null && requires.getObject().isURIResource()) {
            html.element("dt", page.text("about.requires"));
            html.open("dd").element("code", requires.getResource().getURI()).close("dd");
        }
        html.element("dt", page.text("about.vocabulary"));
        html.open("dd").link(page.sources().vocabularyUrl(), page.text("about.vocabularyLink")).close("dd");
    }

    private void contents() {
        html.open("nav", "aria-labelledby", "toc");
        html.element("h2", page.text("page.contents"), "id", "toc");
        html.open("ul");
        html.open("li").link("#" + ABOUT, page.text("about.heading")).close("li");
        contentsEntry(TARGETED, "shapes.targeted", shapes.targetedShapes(language));
        contentsEntry(VALUE_SHAPES, "shapes.values", shapes.valueShapes(language));
        html.open("li").link("#" + PROPERTY_SHAPES, page.format("contents.count", page.text("shapes.properties"),
                Integer.toString(shapes.namedPropertyShapes().size()))).close("li");
        html.close("ul");
        html.close("nav");
    }

    private void contentsEntry(String id, String headingKey, List<Resource> entries) {
        if (entries.isEmpty()) {
            return;
        }
        html.open("li").link("#" + id, page.format("contents.count", page.text(headingKey),
                Integer.toString(entries.size())));
        html.open("ul");
        for (Resource shape : entries) {
            html.open("li").link("#" + shapes.anchor(shape), shapes.label(shape, language)).close("li");
        }
        html.close("ul");
        html.close("li");
    }

    private void nodeShape(Resource shape) {
        html.element("h3", shapes.label(shape, language), "id", shapes.anchor(shape));
        html.open("p", "class", "iri").text(page.text("term.iri") + page.text("punctuation.colon"))
                .element("code", shape.getURI()).close("p");
        List<Statement> targets = shapes.targets(shape);
        if (!targets.isEmpty()) {
            html.open("dl");
            html.element("dt", page.text("shapes.targets"));
            for (Statement target : targets) {
                html.open("dd").text(page.text("target." + target.getPredicate().getLocalName())
                        + page.text("punctuation.colon"));
                page.value(target.getObject());
                html.close("dd");
            }
            html.close("dl");
        }
        DataTable.Column property = new DataTable.Column("column.path", this::pathAndShape);
        new DataTable(page).write(() -> html.text(page.format("shapes.caption", shapes.label(shape, language))),
                property, constraints.requirementColumns(), shapes.constraints(shape), null);
    }

    /** The constrained property, then the named property shape that constrains it, linked to its row below. */
    private void pathAndShape(Resource shape) {
        constraints.path(shape);
        if (shape.isURIResource() && shape.hasProperty(SHACLM.path)) {
            html.text(" — ");
            page.term(shape);
        }
    }

    private void propertyShapes() {
        html.open("section");
        html.element("h2", page.text("shapes.properties"), "id", PROPERTY_SHAPES);
        html.element("p", page.text("shapes.propertiesIntro"));
        List<DataTable.Column> columns = new ArrayList<>();
        columns.add(constraints.pathColumn());
        columns.addAll(constraints.requirementColumns());
        columns.add(new DataTable.Column("column.heldBy", this::holders));
        DataTable.Column name = new DataTable.Column("column.shape",
                shape -> html.element("code", shapes.anchor(shape)));
        new DataTable(page).write(() -> html.text(page.text("shapes.propertiesCaption")), name, columns,
                shapes.namedPropertyShapes(), shapes::anchor);
        html.close("section");
    }

    private void holders(Resource propertyShape) {
        List<Resource> holders = shapes.holders(propertyShape, language);
        if (holders.isEmpty()) {
            html.text("—");
            return;
        }
        html.open("ul", "class", "facets");
        for (Resource holder : holders) {
            html.open("li");
            if (holder.isURIResource()) {
                html.link("#" + shapes.anchor(holder), shapes.label(holder, language));
            } else {
                html.text(shapes.label(holder, language));
            }
            html.close("li");
        }
        html.close("ul");
    }
}
