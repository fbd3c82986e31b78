// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import org.apache.jena.riot.system.ErrorHandler;
import org.solidaire.server.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the first parse error into a 400 problem and keeps warnings out of the server log.
 *
 * <p>Jena's default handler logs every syntax error at WARN or ERROR, which would let any client fill the log; a
 * client's malformed body is the client's problem, reported to it alone. Warnings (such as a lexical form that
 * does not fit its datatype) do not stop the parse and are logged at DEBUG only, except a language tag that is
 * not well-formed: RIOT only warns of it, and would store it (Turtle, N-Triples) or fail on it (RDF/XML).
 */
final class ProblemErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorHandler.class);

    /** How RIOT's checker begins its warning about a language tag that is not well-formed, followed by the tag. */
    private static final String INVALID_LANGUAGE = "Language not valid:";
    /**
     * RIOT's warnings about an IRI begin so, the IRI in angle brackets next. One that breaks the generic syntax
     * (RFC 3986) cannot be written in RDF/XML and other tools refuse it, so it is refused; one that only breaks the
     * rules of its scheme (as {@code urn:x} breaks RFC 8141's) stays a warning, as it is still an IRI.
     */
    private static final String BAD_IRI = "Bad IRI:";
    /** RIOT's tokenizer warns so of a character that no IRI may hold. */
    private static final String ILLEGAL_IRI_CHARACTER = "Illegal character in IRI";

    private final RdfFormat format;

    ProblemErrorHandler(RdfFormat format) {
        this.format = format;
    }

    @Override
    public void warning(String message, long line, long column) {
        if (message != null && message.startsWith(INVALID_LANGUAGE)) {
            String tag = message.substring(INVALID_LANGUAGE.length()).strip();
            throw syntaxError(format, RdfCodec.languageTagProblem(tag), line, column).with("languageTag", tag);
        }
        if (message != null && (message.startsWith(ILLEGAL_IRI_CHARACTER)
                || message.startsWith(BAD_IRI) && breaksGenericSyntax(message))) {
            throw syntaxError(format, message, line, column);
        }
        LOG.debug("{} parse warning at line {}, column {}: {}", format.lang().getLabel(), line, column, message);
    }

    private static boolean breaksGenericSyntax(String message) {
        int start = message.indexOf('<');
        int end = message.indexOf('>', start + 1);
        return start < 0 || end < 0 || RdfCodec.iriSyntaxProblem(message.substring(start + 1, end)).isPresent();
    }

    @Override
    public void error(String message, long line, long column) {
        throw syntaxError(format, message, line, column);
    }

    @Override
    public void fatal(String message, long line, long column) {
        throw syntaxError(format, message, line, column);
    }

    /**
     * A 400 problem whose detail names the format and, when known, the position, which also goes into the
     * {@code line} and {@code column} extension members; a position below 1 means the parser did not know it.
     */
    static ProblemException syntaxError(RdfFormat format, String message, long line, long column) {
        String what = message == null || message.isBlank() ? "malformed input" : message.strip();
        if (line < 1) {
            return ProblemException.badRequest(format.lang().getLabel() + " syntax error: " + what);
        }
        String where = column < 1 ? "line " + line : "line " + line + ", column " + column;
        ProblemException problem = ProblemException.badRequest(
                format.lang().getLabel() + " syntax error at " + where + ": " + what).with("line", line);
        return column < 1 ? problem : problem.with("column", column);
    }
}
