// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * When a write may happen, checked by the server inside the write so that two clients racing cannot both win:
 * always, only if the resource is still as read ({@code If-Match}), or only if it does not exist yet
 * ({@code If-None-Match: *}). A failed condition is a {@link PreconditionFailedException}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1">RFC 9110 §13.1 Preconditions</a>
 */
public final class WriteCondition {

    private static final WriteCondition ALWAYS = new WriteCondition(null, null);
    private static final WriteCondition IF_ABSENT = new WriteCondition("If-None-Match", "*");

    private final String header;
    private final String value;

    private WriteCondition(String header, String value) {
        this.header = header;
        this.value = value;
    }

    /** Writes whatever the resource's state: creates or replaces it. */
    public static WriteCondition always() {
        return ALWAYS;
    }

    /**
     * Writes only if the resource's current state is the one the entity tag names.
     *
     * @param etag an entity tag from {@link RdfDocument#etag()} or {@link BinaryResource#etag()}
     * @return the condition
     */
    public static WriteCondition ifMatch(String etag) {
        requireNonNull(etag, "etag");
        return new WriteCondition("If-Match", etag.startsWith("\"") || etag.startsWith("W/") ? etag
                : "\"" + etag + "\"");
    }

    /** Writes only if nothing exists at the URI yet: creates, never replaces. */
    public static WriteCondition ifAbsent() {
        return IF_ABSENT;
    }

    /** The request header that carries the condition, if any. */
    Optional<String> headerName() {
        return Optional.ofNullable(header);
    }

    /** The value of {@link #headerName()}. */
    String headerValue() {
        return value;
    }

    @Override
    public String toString() {
        return header == null ? "always" : header + ": " + value;
    }
}
