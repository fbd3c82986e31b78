// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.util.Optional;

import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.ResourcePath;

/**
 * Turns a {@code Slug} header into a safe member name: decoded, without characters that would make it another
 * path, query or fragment, and never a dot segment or the name of an auxiliary resource.
 */
final class Slugs {

    private static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    /**
     * A header value that came as raw UTF-8 bytes, which HTTP parsers read as ISO-8859-1 (RFC 9110 §5.5), read
     * again as UTF-8; a value that is not valid UTF-8 stays as it was.
     */
    private static String utf8(String value) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return value;
        }
    }

    /** The name the client suggests, made safe; empty when nothing usable is left. */
    static Optional<String> name(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = ResourcePath.decodeName(utf8(slug.trim()));
        } catch (ProblemException e) {
            decoded = slug.trim();
        }
        StringBuilder safe = new StringBuilder();
        decoded.codePoints()
                .filter(c -> c != '/' && c != '\\' && c != '?' && c != '#' && !Character.isISOControl(c))
                .forEach(safe::appendCodePoint);
        String name = safe.toString().trim();
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        if (name.endsWith(ResourcePath.ACL_SUFFIX) || name.endsWith(ResourcePath.META_SUFFIX)) {
            name = name + "-";
        }
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
