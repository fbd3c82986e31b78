// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.util.ArrayList;
import java.util.List;

import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.ResourceInfo;

/**
 * Strong entity tags: one per representation, made of the resource's version and, for RDF, the format, so that a
 * Turtle and a JSON-LD representation of the same state have different tags (RFC 9110 §8.8.3), while a write
 * conditioned on either tag applies to that state.
 */
final class EntityTags {

    private EntityTags() {
    }

    /** The tag of a representation: {@code "version"} for bytes, {@code "version-format"} for RDF. */
    static String of(ResourceInfo info, RdfFormat format) {
        return format == null ? "\"" + info.version() + "\""
                : "\"" + info.version() + "-" + format.name().toLowerCase(java.util.Locale.ROOT) + "\"";
    }

    /**
     * The tags of an {@code If-Match}, {@code If-None-Match} or {@code If-Range} header, unquoted. Compared strongly
     * ({@code If-Match}, {@code If-Range}: RFC 9110 §13.1.1, §8.8.3.2), a weak tag never matches and is left out;
     * compared weakly ({@code If-None-Match}), it is kept without its {@code W/}.
     */
    static List<String> parse(String header, boolean strong) {
        List<String> tags = new ArrayList<>();
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.startsWith("W/")) {
                if (strong) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tags.add(tag.substring(1, tag.length() - 1));
            } else if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Whether a tag from a header names the current state of the resource, in any representation. */
    static boolean sameState(String tag, ResourceInfo info) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).equals(info.version());
    }

    /** Whether a tag from a header names this very representation (for {@code If-None-Match} on GET). */
    static boolean sameRepresentation(String tag, ResourceInfo info, RdfFormat format) {
        String own = of(info, format);
        return own.substring(1, own.length() - 1).equals(tag);
    }
}
