// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.solidaire.server.problem.ProblemException;

/**
 * Says in plain words what is wrong with a JSON request body: where the JSON is malformed, or which field holds a
 * value of the wrong kind, with the line and column. The parser's own messages name Java types and parser tokens,
 * which mean nothing to a client and tell it about the server's insides.
 */
final class JsonBodyProblems {

    private static final Pattern TOKEN = Pattern.compile("JsonToken\\.(START_ARRAY|START_OBJECT|VALUE_[A-Z_]+)");

    private JsonBodyProblems() {
    }

    /** A 400 for a body that the JSON parser or the mapping to the expected document refused. */
    static ProblemException of(String subject, JsonProcessingException e) {
        // A document whose fields contradict each other is refused by its own constructor, in words of ours.
        String what = e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException
                ? e.getCause().getMessage()
                : e instanceof MismatchedInputException mismatch ? wrongKind(mismatch)
                : e instanceof JsonMappingException ? "it is not the JSON document expected"
                : e instanceof JsonEOFException ? "the JSON ends before the document is complete"
                : "it is not well-formed JSON";
        JsonLocation location = e.getLocation();
        boolean placed = location != null && location.getLineNr() > 0 && location.getColumnNr() > 0;
        ProblemException problem = ProblemException.badRequest(subject + " cannot be read: " + what
                + (placed ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")." : "."));
        return placed ? problem.with("line", location.getLineNr()).with("column", location.getColumnNr())
                .causedBy(e) : problem.causedBy(e);
    }

    private static String wrongKind(MismatchedInputException e) {
        String field = e.getPath().stream().map(reference -> reference.getFieldName() != null
                ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String expected = kind(e.getTargetType());
        String found = found(e.getOriginalMessage());
        String where = field.isEmpty() ? "the body" : "the field '" + field + "'";
        return where + " must be " + expected + (found == null ? "" : ", not " + found);
    }

    /** The kind of JSON value a Java type is read from. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.isEnum() ? "an object" : "one of the names allowed";
    }

    /**
     * The kind of JSON value found instead, when the mapper's message names the parser token it was at (it does so
     * for a value of the wrong kind: "from Array value (token `JsonToken.START_ARRAY`)").
     */
    private static String found(String message) {
        Matcher token = TOKEN.matcher(message == null ? "" : message);
        if (!token.find()) {
            return null;
        }
        return switch (JsonToken.valueOf(token.group(1))) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }
}
