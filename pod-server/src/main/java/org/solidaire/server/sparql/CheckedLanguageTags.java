// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import org.apache.jena.langtagx.LangTagX;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_StrLang;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateRequest;

/**
 * {@code STRLANG} that raises an evaluation error for a language tag that is not well-formed (BCP 47), as SPARQL
 * asks of a function given an argument it does not take, so that the expression is unbound. Jena's own makes a
 * literal of any tag: one such as {@code a-} then reaches a document, which no syntax can carry, and one with a
 * character other than a letter, a digit or a dash (a space) fails with an exception that is no evaluation error
 * and ends the whole request.
 *
 * @see <a href="https://www.w3.org/TR/sparql11-query/#func-strlang">SPARQL 1.1 §17.4.3.13 STRLANG</a>
 */
public final class CheckedLanguageTags {

    private CheckedLanguageTags() {
    }

    /** The query with its {@code STRLANG} calls checked. */
    public static Query checked(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Checking());
    }

    /** The update with the {@code STRLANG} calls of its templates and conditions checked. */
    public static UpdateRequest checked(UpdateRequest request) {
        return UpdateTransformOps.transform(request, new ElementTransformCopyBase(), new Checking());
    }

    private static final class Checking extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunction2 function, Expr left, Expr right) {
            if (function instanceof E_StrLang) {
                return new StrLang(left, right);
            }
            return super.transform(function, left, right);
        }
    }

    private static final class StrLang extends E_StrLang {
        StrLang(Expr text, Expr tag) {
            super(text, tag);
        }

        @Override
        public NodeValue eval(NodeValue text, NodeValue tag) {
            if (tag.isString() && !LangTagX.checkLanguageTag(tag.getString())) {
                throw new ExprEvalException("STRLANG: the language tag '" + tag.getString()
                        + "' is not well-formed (BCP 47)");
            }
            return super.eval(text, tag);
        }

        @Override
        public Expr copy(Expr text, Expr tag) {
            return new StrLang(text, tag);
        }
    }
}
