// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of an {@code Accept} header: a media range with its quality value.
 *
 * <p>Parsing is lenient by design: an entry that is not a well-formed media range, or whose {@code q} is not a
 * number between 0 and 1, is skipped rather than failing the request, since RFC 9110 §12.5.1 lets a server
 * disregard a header it cannot make sense of. Parameters other than {@code q} are read past and play no part in
 * matching.
 *
 * @param type the top-level type in lower case, or {@code *}
 * @param subtype the subtype in lower case, or {@code *}
 * @param quality the weight, from 0 (not acceptable) to 1
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1">RFC 9110 §12.5.1 Accept</a>
 */
record MediaRange(String type, String subtype, double quality) {

    private static final String WILDCARD = "*";

    /** How closely this range matches a type and subtype: 3 exact, 2 {@code type/*}, 1 any, 0 not at all. */
    int specificity(String mediaType, String mediaSubtype) {
        if (WILDCARD.equals(type)) {
            return 1;
        }
        if (!type.equals(mediaType)) {
            return 0;
        }
        if (WILDCARD.equals(subtype)) {
            return 2;
        }
        return subtype.equals(mediaSubtype) ? 3 : 0;
    }

    /**
     * The weight that the ranges give to a media type: the quality of the most specific matching range, the
     * highest one if several are equally specific, and 0 when none matches.
     */
    static double quality(List<MediaRange> ranges, String essence) {
        int slash = essence.indexOf('/');
        String mediaType = slash < 0 ? essence : essence.substring(0, slash);
        String mediaSubtype = slash < 0 ? "" : essence.substring(slash + 1);
        int best = 0;
        double quality = 0;
        for (MediaRange range : ranges) {
            int specificity = range.specificity(mediaType, mediaSubtype);
            if (specificity > best) {
                best = specificity;
                quality = range.quality;
            } else if (specificity == best && specificity > 0) {
                quality = Math.max(quality, range.quality);
            }
        }
        return quality;
    }

    /** The well-formed entries of an {@code Accept} header value, in order; empty if there are none. */
    static List<MediaRange> parseAll(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String entry : splitOutsideQuotes(accept, ',')) {
            MediaRange range = parse(entry);
            if (range != null) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    /** One entry, or null when it is malformed. */
    private static MediaRange parse(String entry) {
        List<String> parts = splitOutsideQuotes(entry, ';');
        String range = parts.get(0).strip().toLowerCase(Locale.ROOT);
        if (WILDCARD.equals(range)) {
            // Older Java clients send a bare "*"; it can only mean any media type.
            range = "*/*";
        }
        int slash = range.indexOf('/');
        if (slash <= 0 || slash == range.length() - 1 || range.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String type = range.substring(0, slash);
        String subtype = range.substring(slash + 1);
        if (!isToken(type) || !isToken(subtype) || (WILDCARD.equals(type) && !WILDCARD.equals(subtype))) {
            return null;
        }
        double quality = quality(parts);
        return Double.isNaN(quality) ? null : new MediaRange(type, subtype, quality);
    }

    /** The {@code q} parameter among the parts after the range, 1 if absent, NaN if malformed. */
    private static double quality(List<String> parts) {
        for (int i = 1; i < parts.size(); i++) {
            String parameter = parts.get(i);
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).strip();
            if ("q".equalsIgnoreCase(name)) {
                return equals < 0 ? Double.NaN : parseQuality(parameter.substring(equals + 1).strip());
            }
        }
        return 1;
    }

    /** A weight between 0 and 1; more than three decimals and a missing leading zero are tolerated. */
    private static double parseQuality(String value) {
        if (value.isEmpty() || value.length() > 8) {
            return Double.NaN;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return Double.NaN;
            }
        }
        try {
            double quality = Double.parseDouble(value);
            return quality <= 1 ? quality : Double.NaN;
        } catch (NumberFormatException ignored) {
            return Double.NaN;
        }
    }

    /** Whether a string is an RFC 9110 token, the syntax of a type and a subtype. */
    private static boolean isToken(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    /** Splits at a separator that is not inside a quoted string, so that {@code a="x,y"} stays one parameter. */
    private static List<String> splitOutsideQuotes(String value, char separator) {
        List<String> parts = new ArrayList<>(4);
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }
}
