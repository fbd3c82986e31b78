// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.solidaire.server.problem.ProblemException;

/**
 * Builds the 400 Bad Request answer for a PATCH body that its parser rejects, naming the line and column the parser
 * reports, both in the detail and as the problem-details members {@code line} and {@code column}.
 */
final class SyntaxProblem {

    /** JavaCC names the offending token with this phrase, while the exception's position is the last good token. */
    private static final Pattern ENCOUNTERED_AT = Pattern.compile(" at line (\\d+), column (\\d+)\\.?");
    private static final Pattern LEADING_POSITION = Pattern.compile("^\\[?[Ll]ine:? \\d+, col(umn)?:? \\d+\\]?:? *");

    private SyntaxProblem() {
    }

    /** A syntax error at a known place. */
    static ProblemException at(String language, long line, long column, String message) {
        return ProblemException.badRequest(language + " syntax error at line " + line + ", column " + column + ": "
                + summary(message)).with("line", line).with("column", column);
    }

    /** A syntax error that the parser could not place. */
    static ProblemException unplaced(String language, String message) {
        return ProblemException.badRequest(language + " syntax error: " + summary(message));
    }

    /**
     * The line and column where ARQ's parser reports the error, preferring the offending token's position; empty
     * when the parser gave none.
     */
    static Optional<long[]> position(QueryException e) {
        Optional<QueryParseException> parse = parseException(e);
        if (parse.isEmpty()) {
            return Optional.empty();
        }
        Matcher at = ENCOUNTERED_AT.matcher(String.valueOf(parse.get().getMessage()));
        if (at.find()) {
            return Optional.of(new long[] {Long.parseLong(at.group(1)), Long.parseLong(at.group(2))});
        }
        long line = parse.get().getLine();
        long column = parse.get().getColumn();
        return line > 0 && column > 0 ? Optional.of(new long[] {line, column}) : Optional.empty();
    }

    /** ARQ's update parser wraps some parse errors, such as an unknown prefix, in a plain QueryException. */
    private static Optional<QueryParseException> parseException(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryParseException parse) {
                return Optional.of(parse);
            }
        }
        return Optional.empty();
    }

    /** The first line of a parser message without the position, which the detail states once on its own terms. */
    static String summary(String message) {
        if (message == null || message.isBlank()) {
            return "the parser gave no reason.";
        }
        String first = message.strip().lines().findFirst().orElse("");
        String bare = ENCOUNTERED_AT.matcher(LEADING_POSITION.matcher(first).replaceFirst("")).replaceAll("");
        return bare.replaceAll("\\s+", " ").strip();
    }
}
