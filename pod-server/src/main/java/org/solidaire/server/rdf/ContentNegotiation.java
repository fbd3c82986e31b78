// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Proactive content negotiation on the {@code Accept} request header.
 *
 * <p>Each media type gets the quality of the most specific media range that matches it, so
 * {@code text/turtle;q=0, *}{@code /*;q=0.1} excludes Turtle while accepting everything else. A quality of 0
 * means not acceptable. Malformed entries are ignored; a header with no well-formed entry at all is treated as
 * absent, which accepts everything. Nothing is cached: parsing a header costs a few small allocations.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1">RFC 9110 §12.5.1 Accept</a>
 * @see <a href="https://solidproject.org/TR/protocol#resource-representations">Solid Protocol, Resource
 *     Representations</a>
 */
public final class ContentNegotiation {

    private static final RdfFormat[] FORMATS = RdfFormat.values();
    /** The media types of the RDF formats, in the order of preference when the client has none. */
    public static final List<String> RDF_MEDIA_TYPES = Arrays.stream(FORMATS).map(RdfFormat::mediaType).toList();

    private ContentNegotiation() {
    }

    /**
     * The RDF format to answer with for an {@code Accept} header: q-values honoured, wildcards
     * ({@code *}{@code /*}, {@code text/*}, {@code application/*}) matched, ties broken in favour of Turtle, then
     * JSON-LD; a null or blank header means Turtle.
     *
     * @param accept the header value, possibly null
     * @return the format, or empty when the header accepts none of the formats (the caller answers 406)
     */
    public static Optional<RdfFormat> chooseRdf(String accept) {
        // Declaration order is the order of preference, so only a strictly higher weight displaces a format.
        return choose(accept, RDF_MEDIA_TYPES).flatMap(RdfFormat::forContentType);
    }

    /**
     * The representation to answer with among several, for an {@code Accept} header: q-values honoured, wildcards
     * matched, ties broken by the order offered; a null or blank header means the first.
     *
     * @param accept the header value, possibly null
     * @param offered media types without parameters, in the server's order of preference
     * @return the chosen media type, or empty when the header accepts none (the caller answers 406)
     */
    public static Optional<String> choose(String accept, List<String> offered) {
        List<MediaRange> ranges = ranges(accept);
        if (ranges.isEmpty()) {
            return offered.stream().findFirst();
        }
        String chosen = null;
        double best = 0;
        for (String type : offered) {
            double quality = MediaRange.quality(ranges, type);
            if (quality > best) {
                best = quality;
                chosen = type;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /**
     * Whether a representation of the given media type is acceptable under the {@code Accept} header; a null or
     * blank header accepts all. For a non-RDF source, which has a single representation, false means 406.
     *
     * @param accept the header value, possibly null
     * @param mediaType the media type of the representation; parameters are ignored
     * @return whether the media type has a quality above 0
     */
    public static boolean accepts(String accept, String mediaType) {
        requireNonNull(mediaType, "mediaType");
        List<MediaRange> ranges = ranges(accept);
        return ranges.isEmpty() || MediaRange.quality(ranges, RdfFormat.essence(mediaType)) > 0;
    }

    /**
     * Whether the {@code Accept} header gives some RDF format a strictly higher quality than the given media
     * type, for a resource that could be answered either way (such as a container shown as HTML to browsers).
     * A null or blank header prefers nothing.
     *
     * @param accept the header value, possibly null
     * @param mediaType the alternative, non-RDF media type; parameters are ignored
     * @return whether an RDF representation should be sent rather than the alternative
     */
    public static boolean prefersRdfOver(String accept, String mediaType) {
        requireNonNull(mediaType, "mediaType");
        List<MediaRange> ranges = ranges(accept);
        if (ranges.isEmpty()) {
            return false;
        }
        double alternative = MediaRange.quality(ranges, RdfFormat.essence(mediaType));
        for (RdfFormat format : FORMATS) {
            if (MediaRange.quality(ranges, format.mediaType()) > alternative) {
                return true;
            }
        }
        return false;
    }

    private static List<MediaRange> ranges(String accept) {
        return accept == null || accept.isBlank() ? List.of() : MediaRange.parseAll(accept);
    }
}
