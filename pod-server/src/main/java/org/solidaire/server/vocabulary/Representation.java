// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One representation of a published document, ready to send: its bytes, their media type, a strong entity tag
 * derived from the bytes, and the language of an HTML page.
 *
 * @param contentType the {@code Content-Type} value
 * @param body the bytes; never changed once made
 * @param etag the {@code ETag} value, quoted
 * @param contentLanguage the {@code Content-Language} value, or null for RDF, whose literals carry their own
 */
record Representation(String contentType, byte[] body, String etag, String contentLanguage) {

    /** A representation whose entity tag is a digest of its bytes, so that it changes exactly when they do. */
    static Representation of(String contentType, byte[] body, String contentLanguage) {
        return new Representation(contentType, body, "\"" + digest(body) + "\"", contentLanguage);
    }

    /** An HTML page. */
    static Representation page(String html, Language language) {
        return of(Form.HTML_TYPE + "; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), language.tag());
    }

    /** Whether an {@code If-None-Match} header lists this representation's tag, compared weakly (RFC 9110 §13.1.2). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if ("*".equals(tag) || etag.equals(tag.startsWith("W/") ? tag.substring(2) : tag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Representation that && contentType.equals(that.contentType)
                && Arrays.equals(body, that.body) && Objects.equals(contentLanguage, that.contentLanguage);
    }

    @Override
    public int hashCode() {
        return etag.hashCode();
    }

    @Override
    public String toString() {
        return contentType + " " + etag + " (" + body.length + " bytes)";
    }
}
