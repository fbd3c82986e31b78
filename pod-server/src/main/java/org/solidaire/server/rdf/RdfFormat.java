// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The RDF serialisations the server reads and writes for RDF sources.
 *
 * <p>Only the registered media type of each format counts: {@code application/json} is not JSON-LD here, as in
 * the Community Solid Server, so a body sent as plain JSON is stored as a non-RDF source and never interpreted
 * against a context. Legacy aliases such as {@code application/x-turtle} are likewise not RDF. The dataset syntaxes
 * TriG and N-Quads are not read either: a body sent as one of them is stored as a non-RDF source, byte for byte, and
 * named graphs reach an RDF source only through JSON-LD.
 *
 * @see <a href="https://solidproject.org/TR/protocol#resource-representations">Solid Protocol, Resource
 *     Representations</a>
 */
public enum RdfFormat {

    /** Turtle, the representation every Solid server must offer. */
    TURTLE("text/turtle", RDFLanguages.TURTLE, false),

    /** JSON-LD 1.1, the other representation every Solid server must offer; it can carry named graphs. */
    JSON_LD("application/ld+json", RDFLanguages.JSONLD, true),

    /** N-Triples, one triple per line. */
    N_TRIPLES("application/n-triples", RDFLanguages.NTRIPLES, false),

    /** RDF/XML, read without DTDs or entities. */
    RDF_XML("application/rdf+xml", RDFLanguages.RDFXML, false);

    private static final RdfFormat[] ALL = values();

    private final String mediaType;
    private final Lang lang;
    private final boolean namedGraphs;

    RdfFormat(String mediaType, Lang lang, boolean namedGraphs) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.namedGraphs = namedGraphs;
    }

    /** The media type, lower case and without parameters, as written in a {@code Content-Type} header. */
    public String mediaType() {
        return mediaType;
    }

    /** The Jena RIOT language of this format. */
    public Lang lang() {
        return lang;
    }

    /**
     * Whether the format carries named graphs besides the default graph, so that it can hold a whole RDF dataset;
     * the others hold the default graph only.
     */
    public boolean carriesNamedGraphs() {
        return namedGraphs;
    }

    /**
     * The format of a {@code Content-Type} header value, ignoring parameters such as charset and case; empty if
     * not RDF.
     *
     * @param contentType the header value, possibly null
     * @return the format, or empty when the value is null, malformed or names a type that is not RDF
     */
    public static Optional<RdfFormat> forContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String essence = essence(contentType);
        for (RdfFormat format : ALL) {
            if (format.mediaType.equals(essence)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The type and subtype of a media type, trimmed and lower case; RFC 9110 §8.3.1 makes both case-insensitive. */
    public static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String bare = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return bare.strip().toLowerCase(Locale.ROOT);
    }
}
