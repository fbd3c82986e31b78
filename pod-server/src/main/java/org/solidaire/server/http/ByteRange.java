// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.util.Optional;

import org.solidaire.server.store.ResourceInfo;

/**
 * The part of a binary to send, from a {@code Range} header (RFC 9110 §14): one byte range, or the whole content
 * when there is no valid single range or when {@code If-Range} names another state.
 *
 * @param first the first byte sent
 * @param last the last byte sent
 * @param partial whether this is a 206 partial response
 * @param unsatisfiable whether the range lies wholly outside the content (416)
 */
record ByteRange(long first, long last, boolean partial, boolean unsatisfiable) {

    long length() {
        return last - first + 1;
    }

    static ByteRange of(Exchange exchange, ResourceInfo info, long size) {
        ByteRange whole = new ByteRange(0, size - 1, false, false);
        String header = exchange.header(Headers.RANGE);
        if (header == null || !header.trim().regionMatches(true, 0, "bytes=", 0, 6) || !ifRangeHolds(exchange, info)) {
            return whole;
        }
        String spec = header.trim().substring(6).trim();
        if (spec.contains(",")) {
            // Several ranges would need a multipart body; RFC 9110 §14.2 lets a server send the whole content.
            return whole;
        }
        return parse(spec, size).orElse(whole);
    }

    private static Optional<ByteRange> parse(String spec, long size) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String start = spec.substring(0, dash).trim();
            String end = spec.substring(dash + 1).trim();
            if (start.isEmpty()) {
                long suffix = Long.parseLong(end);
                if (suffix <= 0 || size == 0) {
                    return Optional.of(new ByteRange(0, 0, false, true));
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, true, false));
            }
            long first = Long.parseLong(start);
            long last = end.isEmpty() ? size - 1 : Math.min(Long.parseLong(end), size - 1);
            if (first < 0 || (!end.isEmpty() && Long.parseLong(end) < first)) {
                return Optional.empty();
            }
            if (first >= size) {
                return Optional.of(new ByteRange(0, 0, false, true));
            }
            return Optional.of(new ByteRange(first, last, true, false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean ifRangeHolds(Exchange exchange, ResourceInfo info) {
        String ifRange = exchange.header(Headers.IF_RANGE);
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.trim();
        if (value.startsWith("\"")) {
            return EntityTags.parse(value, false).stream()
                    .anyMatch(tag -> EntityTags.sameRepresentation(tag, info, null));
        }
        return Conditions.parseDate(value)
                .filter(date -> info.modified().getEpochSecond() <= date.getEpochSecond()).isPresent();
    }
}
