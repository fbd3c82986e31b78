// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.Locale;
import java.util.Optional;

import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.ContentNegotiation;
import org.solidaire.server.rdf.RdfFormat;

/**
 * The forms in which a published document is offered: the HTML documentation page or one of the RDF syntaxes.
 * Each also has a URL of its own, the document's URL with the form's extension, for links that must not depend
 * on content negotiation.
 */
enum Form {

    HTML("html", null),
    TURTLE("ttl", RdfFormat.TURTLE),
    JSON_LD("jsonld", RdfFormat.JSON_LD),
    N_TRIPLES("nt", RdfFormat.N_TRIPLES),
    RDF_XML("rdf", RdfFormat.RDF_XML);

    static final String HTML_TYPE = "text/html";
    private static final String XHTML_TYPE = "application/xhtml+xml";

    private final String extension;
    private final RdfFormat rdf;

    Form(String extension, RdfFormat rdf) {
        this.extension = extension;
        this.rdf = rdf;
    }

    /** The file extension, without its dot. */
    String extension() {
        return extension;
    }

    /** The media type, without parameters. */
    String mediaType() {
        return rdf == null ? HTML_TYPE : rdf.mediaType();
    }

    /** The RDF syntax of this form; empty for the HTML page. */
    Optional<RdfFormat> rdf() {
        return Optional.ofNullable(rdf);
    }

    /**
     * The form to answer an {@code Accept} header with. Browsers name HTML and weigh it above their catch-all, so
     * they get the page; a header that names no HTML type, or weighs an RDF syntax above it, gets RDF, Turtle when
     * it only has wildcards; no header at all means a machine client, which gets Turtle.
     *
     * @param accept the header, possibly null
     * @return the form
     * @throws ProblemException 406 when the header accepts none of the forms
     */
    static Form negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return TURTLE;
        }
        if (namesAndPrefers(accept, HTML_TYPE) || namesAndPrefers(accept, XHTML_TYPE)) {
            return HTML;
        }
        Optional<RdfFormat> rdf = ContentNegotiation.chooseRdf(accept);
        if (rdf.isPresent()) {
            return of(rdf.get());
        }
        if (ContentNegotiation.accepts(accept, HTML_TYPE)) {
            return HTML;
        }
        throw ProblemException.of(406, "Not Acceptable", "The vocabulary is offered as text/html, text/turtle, "
                + "application/ld+json, application/n-triples and application/rdf+xml; the Accept header takes none.");
    }

    private static Form of(RdfFormat format) {
        for (Form form : values()) {
            if (form.rdf == format) {
                return form;
            }
        }
        throw new IllegalArgumentException("No form for " + format);
    }

    /**
     * Whether the header names the HTML type and gives no RDF syntax a higher weight; a wildcard alone does not
     * count, since {@code *}{@code /*} is what machine clients send.
     */
    private static boolean namesAndPrefers(String accept, String htmlType) {
        return accept.toLowerCase(Locale.ROOT).contains(htmlType) && ContentNegotiation.accepts(accept, htmlType)
                && !ContentNegotiation.prefersRdfOver(accept, htmlType);
    }
}
