// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateRequest;

/**
 * {@code REGEX} and {@code REPLACE} that stop at a deadline. Java's regular expressions can backtrack for hours on
 * a short string, inside one call that no query timeout interrupts; these read their text through a sequence that
 * checks the clock as the matcher reads it, so a pathological pattern ends with the query's time limit.
 */
public final class BoundedRegex {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private BoundedRegex() {
    }

    /** The query with its regular expressions bounded by the deadline of {@link #before}. */
    public static Query bound(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Bounding());
    }

    /** The update with the regular expressions of its conditions bounded by the deadline of {@link #before}. */
    public static UpdateRequest bound(UpdateRequest request) {
        return UpdateTransformOps.transform(request, new ElementTransformCopyBase(), new Bounding());
    }

    /**
     * Runs work on this thread with a deadline for the bounded expressions it evaluates.
     *
     * @param millis how long the work may take
     * @param work the evaluation
     * @return what the work returns
     * @throws QueryCancelledException when a bounded expression runs past the deadline
     */
    public static <T> T before(long millis, Supplier<T> work) {
        Long previous = DEADLINE.get();
        DEADLINE.set(System.nanoTime() + millis * 1_000_000);
        try {
            return work.get();
        } finally {
            DEADLINE.set(previous);
        }
    }

    private static final class Bounding extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof E_Regex) {
                return new Regex(args);
            }
            if (function instanceof E_StrReplace) {
                return new Replace(args);
            }
            return super.transform(function, args);
        }
    }

    private static final class Regex extends E_Regex {
        Regex(ExprList args) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            String text = text(args.get(0));
            Pattern pattern = compile(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.makeBoolean(pattern.matcher(new Clocked(text)).find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs);
        }
    }

    private static final class Replace extends E_StrReplace {
        Replace(ExprList args) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node input = args.get(0).asNode();
            String text = text(args.get(0));
            Pattern pattern = compile(args.get(1), args.size() > 3 ? args.get(3) : null);
            if (pattern.matcher("").matches()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String replaced;
            try {
                replaced = pattern.matcher(new Clocked(text)).replaceAll(text(args.get(2)));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            String lang = input.getLiteralLanguage();
            return NodeValue.makeNode(lang == null || lang.isEmpty()
                    ? NodeFactory.createLiteralDT(replaced, input.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(replaced, lang));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    /** The lexical form of a string literal (simple, xsd:string or language-tagged); anything else is an error. */
    private static String text(NodeValue value) {
        Node node = value.asNode();
        if (!node.isLiteral() || !(node.getLiteralDatatypeURI().endsWith("#string")
                || node.getLiteralDatatypeURI().endsWith("#langString"))) {
            throw new ExprEvalException("Not a string: " + value);
        }
        return node.getLiteralLexicalForm();
    }

    /** SPARQL 1.1 §17.4.3.14: XPath flags i, m, s, x and q. */
    private static Pattern compile(NodeValue pattern, NodeValue flags) {
        int bits = 0;
        String given = flags == null ? "" : text(flags);
        for (char flag : given.toCharArray()) {
            bits |= switch (flag) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException("Unknown regular expression flag: " + flag);
            };
        }
        try {
            return Pattern.compile(text(pattern), bits);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("Bad regular expression: " + e.getDescription());
        }
    }

    /** Text that checks the deadline every few thousand characters read. */
    private static final class Clocked implements CharSequence {
        private final String text;
        private final int start;
        private final int end;
        private final Long deadline = DEADLINE.get();
        private int reads;

        Clocked(String text) {
            this(text, 0, text.length());
        }

        private Clocked(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        @Override
        public char charAt(int index) {
            if (deadline != null && (++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new QueryCancelledException();
            }
            return text.charAt(start + index);
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Clocked(text, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
