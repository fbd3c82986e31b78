// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.TokenType;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The top-level cited formulae {@code { ... }} of a Notation3 document, and the document rewritten with each formula
 * replaced by a placeholder IRI so that a Turtle parser can read the rest.
 *
 * <p>RIOT's Turtle tokenizer finds the braces, so braces inside strings, IRIs and comments are not mistaken for
 * formulae. Placeholders are fresh {@code urn:uuid:} IRIs, which no client can guess.
 *
 * @see <a href="https://w3c.github.io/N3/spec/">Notation3 Language, cited formulae</a>
 */
final class CitedFormulas {

    private static final Logger LOG = LoggerFactory.getLogger(CitedFormulas.class);

    /** RIOT reports tokenizer errors here; throwing them keeps the position for the 400 answer. */
    static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long column) {
            LOG.debug("N3 Patch warning at line {}, column {}: {}", line, column, message);
        }

        @Override
        public void error(String message, long line, long column) {
            throw new RiotParseException(message, line, column);
        }

        @Override
        public void fatal(String message, long line, long column) {
            throw new RiotParseException(message, line, column);
        }
    };

    /**
     * One top-level formula of the original text.
     *
     * @param start the offset of its opening brace
     * @param end the offset just after its closing brace
     * @param nested whether it holds another formula, which Solid does not allow
     */
    record Formula(int start, int end, boolean nested) {

        /** The text between the braces. */
        String body(String text) {
            return text.substring(start + 1, end - 1);
        }

        /** The offset in the original text of the first character of the body. */
        int bodyStart() {
            return start + 1;
        }
    }

    /** Where a placeholder stands in the rewritten text, to map parser positions back to the original. */
    private record Replacement(int originalStart, int originalEnd, int rewrittenStart, int rewrittenEnd) {
    }

    private final String rewritten;
    private final Map<Node, Formula> formulas;
    private final List<Replacement> replacements;

    private CitedFormulas(String rewritten, Map<Node, Formula> formulas, List<Replacement> replacements) {
        this.rewritten = rewritten;
        this.formulas = formulas;
        this.replacements = replacements;
    }

    /**
     * Finds the top-level formulae of a Notation3 text.
     *
     * @throws RiotParseException when a token is malformed or the braces do not balance
     */
    static CitedFormulas scan(String text) {
        List<Formula> found = findFormulas(text);
        StringBuilder rewritten = new StringBuilder(text.length());
        Map<Node, Formula> formulas = new LinkedHashMap<>();
        List<Replacement> replacements = new ArrayList<>();
        int copied = 0;
        for (Formula formula : found) {
            rewritten.append(text, copied, formula.start());
            Node placeholder = NodeFactory.createURI("urn:uuid:" + UUID.randomUUID());
            int rewrittenStart = rewritten.length();
            rewritten.append('<').append(placeholder.getURI()).append('>');
            replacements.add(new Replacement(formula.start(), formula.end(), rewrittenStart, rewritten.length()));
            formulas.put(placeholder, formula);
            copied = formula.end();
        }
        rewritten.append(text, copied, text.length());
        return new CitedFormulas(rewritten.toString(), Collections.unmodifiableMap(formulas),
                List.copyOf(replacements));
    }

    private static List<Formula> findFormulas(String text) {
        TextPositions positions = TextPositions.riot(text);
        Tokenizer tokenizer = TokenizerText.create().fromString(text).errorHandler(THROWING).build();
        List<Formula> formulas = new ArrayList<>();
        Token opening = null;
        int depth = 0;
        boolean nested = false;
        while (tokenizer.hasNext()) {
            Token token = tokenizer.next();
            if (token.hasType(TokenType.LBRACE)) {
                if (depth == 0) {
                    opening = token;
                    nested = false;
                } else {
                    nested = true;
                }
                depth++;
            } else if (token.hasType(TokenType.RBRACE)) {
                if (depth == 0) {
                    throw new RiotParseException("'}' closes no formula", token.getLine(), token.getColumn());
                }
                depth--;
                if (depth == 0) {
                    int start = positions.offset(opening.getLine(), opening.getColumn());
                    int end = positions.offset(token.getLine(), token.getColumn()) + 1;
                    formulas.add(new Formula(start, end, nested));
                }
            }
        }
        if (depth > 0) {
            throw new RiotParseException("the formula opened here is not closed", opening.getLine(),
                    opening.getColumn());
        }
        return formulas;
    }

    /** The text with each top-level formula replaced by its placeholder IRI. */
    String rewritten() {
        return rewritten;
    }

    /** The formula a placeholder stands for, if the node is one. */
    Optional<Formula> formula(Node node) {
        return Optional.ofNullable(formulas.get(node));
    }

    /** Whether a node is the placeholder of a formula. */
    boolean isPlaceholder(Node node) {
        return formulas.containsKey(node);
    }

    /** The offset in the original text that an offset in the rewritten text comes from. */
    int originalOffset(int rewrittenOffset) {
        int shift = 0;
        for (Replacement replacement : replacements) {
            if (rewrittenOffset < replacement.rewrittenStart()) {
                break;
            }
            if (rewrittenOffset < replacement.rewrittenEnd()) {
                return replacement.originalStart();
            }
            shift = replacement.rewrittenEnd() - replacement.originalEnd();
        }
        return rewrittenOffset - shift;
    }
}
