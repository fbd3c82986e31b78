// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;

/**
 * Puts a page's content in the frame both pages share, {@code page.html}: the head with its small stylesheet, a
 * skip link, the links to the other language and to the machine-readable forms, and the footer.
 *
 * <p>In the template, {@code {{name}}} is replaced by a text, escaped, and {@code {{{name}}}} by markup that
 * {@link Markup} wrote, as is. A placeholder without a value is a bug and fails at start-up.
 */
final class PageFrame {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([A-Za-z]+)}}}?");
    private static final String TEMPLATE = load("page.html");

    private final Rendering page;
    private final String documentUrl;
    private final Resource licence;

    /**
     * @param page the page, already written
     * @param documentUrl the URL of the published document the page describes, without extension
     * @param licence the document's licence, or null when it states none
     */
    PageFrame(Rendering page, String documentUrl, Resource licence) {
        this.page = page;
        this.documentUrl = documentUrl;
        this.licence = licence;
    }

    /** The whole page: the frame filled with the title and the page's content. */
    String wrap(String title) {
        Map<String, String> values = Map.of(
                "lang", page.language().tag(),
                "title", title,
                "alternates", alternates(),
                "skip", page.text("page.skip"),
                "navigationLabel", page.text("page.navigation"),
                "navigation", navigation(),
                "content", page.markup(),
                "footer", footer());
        Matcher placeholder = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder filled = new StringBuilder(TEMPLATE.length() + values.get("content").length() + 4096);
        while (placeholder.find()) {
            String value = values.get(placeholder.group(2));
            if (value == null) {
                throw new IllegalStateException("No value for " + placeholder.group());
            }
            boolean markup = !placeholder.group(1).isEmpty();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(markup ? value : Markup.escape(value)));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** Links in the head to the same document in the other forms and the other language. */
    private String alternates() {
        Markup html = new Markup();
        for (Form form : Form.values()) {
            if (form != Form.HTML) {
                html.empty("link", "rel", "alternate", "type", form.mediaType(),
                        "href", documentUrl + "." + form.extension());
            }
        }
        Language other = page.language().other();
        html.empty("link", "rel", "alternate", "hreflang", other.tag(), "href", "?lang=" + other.tag());
        return html.toString();
    }

    /** The page in the other language, then the document in each machine-readable form. */
    private String navigation() {
        Markup html = new Markup();
        Language other = page.language().other();
        html.open("ul");
        html.open("li");
        // The link's text is in the language it leads to (WCAG 2.1 success criterion 3.1.2).
        html.link("?lang=" + other.tag(), Messages.in(other).get("page.switchLanguage"), "hreflang", other.tag(),
                "lang", other.tag());
        html.close("li");
        for (Form form : Form.values()) {
            if (form != Form.HTML) {
                html.open("li");
                html.link(documentUrl + "." + form.extension(), page.format("page.form", page.text("form." + form)),
                        "type", form.mediaType());
                html.close("li");
            }
        }
        html.close("ul");
        return html.toString();
    }

    private String footer() {
        Markup html = new Markup();
        if (licence != null && licence.isURIResource()) {
            String iri = licence.getURI();
            html.open("p").text(page.text("page.footer") + " ")
                    .link(iri, page.licenceName(iri), "rel", "license").text(".").close("p");
        }
        return html.toString();
    }

    private static String load(String name) {
        try (InputStream in = PageFrame.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
