// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;

/**
 * The part of a page that says what the published document is (its IRIs, version, licence, namespace and
 * prefix, where to get it in each form) and how a build depends on the jar that carries it.
 */
final class AboutSection {

    /**
     * The facts a page states about its document besides those of the ontology header.
     *
     * @param ontology the ontology resource of the document, which carries its version and licence
     * @param namespace the namespace of the document's terms
     * @param prefix the preferred prefix of that namespace
     * @param documentUrl where this server publishes the document, without extension
     * @param jar the coordinates of the jar that carries the document
     * @param javaExample a line of Java that reads the document from the jar
     */
    record Facts(Resource ontology, String namespace, String prefix, String documentUrl, JarCoordinates jar,
            String javaExample) {
    }

    private final Rendering page;
    private final Markup html;
    private final Facts facts;

    AboutSection(Rendering page, Facts facts) {
        this.page = page;
        this.html = page.html();
        this.facts = facts;
    }

    /**
     * Writes the section.
     *
     * @param id the id of the section's heading
     * @param related writes further details, such as the link to the other document
     */
    void write(String id, Runnable related) {
        html.open("section");
        html.element("h2", page.text("about.heading"), "id", id);
        html.open("dl");
        code("about.iri", facts.ontology().getURI());
        text("about.version", first(OWL2.versionInfo));
        RDFNode versionIri = value(OWL2.versionIRI);
        if (versionIri != null) {
            code("about.versionIri", versionIri.toString());
        }
        modified();
        licence();
        text("about.creator", first(DCTerms.creator));
        code("about.namespace", facts.namespace());
        code("about.prefix", facts.prefix());
        related.run();
        formats();
        html.close("dl");
        dependency(id + "-jar");
        html.close("section");
    }

    private void dependency(String id) {
        JarCoordinates jar = facts.jar();
        html.element("h3", page.text("about.dependency"), "id", id);
        html.element("p", page.text("about.maven"));
        html.open("pre").element("code", "<dependency>\n  <groupId>" + jar.groupId() + "</groupId>\n"
                + "  <artifactId>" + jar.artifactId() + "</artifactId>\n  <version>" + jar.version()
                + "</version>\n</dependency>").close("pre");
        html.element("p", page.text("about.gradle"));
        html.open("pre").element("code", "implementation(\"" + jar.groupId() + ":" + jar.artifactId() + ":"
                + jar.version() + "\")").close("pre");
        html.element("p", page.text("about.java"));
        html.open("pre").element("code", facts.javaExample()).close("pre");
    }

    private void modified() {
        String modified = first(DCTerms.modified);
        if (modified.isEmpty()) {
            return;
        }
        html.element("dt", page.text("about.modified"));
        html.open("dd");
        try {
            LocalDate date = LocalDate.parse(modified);
            String words = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.language().locale())
                    .format(date);
            html.element("time", words, "datetime", modified);
        } catch (DateTimeParseException e) {
            html.text(modified);
        }
        html.close("dd");
    }

    private void licence() {
        RDFNode licence = value(DCTerms.license);
        if (licence == null || !licence.isURIResource()) {
            return;
        }
        String iri = licence.asResource().getURI();
        html.element("dt", page.text("about.licence"));
        html.open("dd").link(iri, page.licenceName(iri), "rel", "license").close("dd");
    }

    private void formats() {
        html.element("dt", page.text("about.formats"));
        for (Form form : Form.values()) {
            if (form != Form.HTML) {
                html.open("dd").link(facts.documentUrl() + "." + form.extension(), page.text("form." + form),
                        "type", form.mediaType());
                html.text(" ").element("code", form.mediaType()).close("dd");
            }
        }
    }

    private void code(String key, String value) {
        html.element("dt", page.text(key));
        html.open("dd").element("code", value).close("dd");
    }

    private void text(String key, String value) {
        if (!value.isEmpty()) {
            html.element("dt", page.text(key));
            html.element("dd", value);
        }
    }

    private RDFNode value(Property property) {
        Statement statement = facts.ontology().getProperty(property);
        return statement == null ? null : statement.getObject();
    }

    /** The first plain value of a property of the ontology, in the page's language if it has several. */
    private String first(Property property) {
        return page.language().textOf(facts.ontology(), property).orElseGet(() -> {
            List<String> values = page.vocabulary().plainValues(facts.ontology(), property);
            return values.isEmpty() ? "" : values.get(0);
        });
    }
}
