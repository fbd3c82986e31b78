// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An RFC 9457 problem-details object from an error response: the standard members and every extension member,
 * such as the {@code violations} of a SHACL shape or the {@code line} and {@code column} of a syntax error.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457 Problem Details for HTTP APIs</a>
 */
public final class ProblemDetails {

    /** The media type of a problem-details body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final Map<String, Object> members;

    private ProblemDetails(Map<String, Object> members) {
        this.members = Collections.unmodifiableMap(members);
    }

    /**
     * Reads a problem-details body; empty when the body is not a JSON object.
     *
     * @param body the response body, in UTF-8
     * @return the problem details
     */
    static Optional<ProblemDetails> parse(byte[] body) {
        try {
            Map<String, Object> members = JSON.readValue(new String(body, StandardCharsets.UTF_8),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
            return Optional.ofNullable(members).map(ProblemDetails::new);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The problem type; {@code about:blank} when the body names none (RFC 9457 §3.1.1). */
    public URI type() {
        return string("type").flatMap(ProblemDetails::uri).orElse(ABOUT_BLANK);
    }

    /** The short summary of the problem type. */
    public Optional<String> title() {
        return string("title");
    }

    /** The HTTP status the server gave in the body. */
    public OptionalInt status() {
        return members.get("status") instanceof Number number ? OptionalInt.of(number.intValue())
                : OptionalInt.empty();
    }

    /** What went wrong in this occurrence, for a person to read. */
    public Optional<String> detail() {
        return string("detail");
    }

    /** The URI of this occurrence, usually the request's. */
    public Optional<URI> instance() {
        return string("instance").flatMap(ProblemDetails::uri);
    }

    /**
     * An extension member as JSON maps to Java: an object as a {@code Map}, an array as a {@code List}, then
     * {@code String}, {@code Number}, {@code Boolean}.
     *
     * @param name the member's name, such as {@code violations}
     * @return its value, if the body has it
     */
    public Optional<Object> extension(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /** Every member of the body, standard ones included, in the order the server wrote them. */
    public Map<String, Object> members() {
        return members;
    }

    private Optional<String> string(String name) {
        return members.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    private static Optional<URI> uri(String value) {
        try {
            return Optional.of(URI.create(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return members.toString();
    }
}
