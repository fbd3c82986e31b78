// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.solidaire.server.problem.ProblemException;

/**
 * Refuses what would make SPARQL reach beyond the pod: {@code SERVICE}, extension functions the server does not
 * know, and Jena's {@code java:} functions, which would load classes by name. The walk goes into subqueries and
 * into the patterns of EXISTS and NOT EXISTS. Both the query endpoint and SPARQL Update patches use it.
 */
public final class ReachGuard {

    private ReachGuard() {
    }

    /**
     * Refuses an algebra expression that calls out or calls an unknown function.
     *
     * @param op the compiled query or pattern
     * @param scope what the request may do, to say why SERVICE is refused, such as "a patch only changes its
     *     resource"
     * @throws ProblemException 400 naming what is refused
     */
    public static void refuse(Op op, String scope) {
        ProblemException refusal = ProblemException.of(400, "Bad Request", "SERVICE is not allowed: " + scope
                + ", and never makes the server call another service.");
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                throw refusal;
            }

            @Override
            public void visit(OpPropFunc function) {
                check(function.getProperty().getURI());
            }

            @Override
            public void visit(OpBGP bgp) {
                // Jena turns a predicate into a property function late, when it evaluates the query.
                bgp.getPattern().forEach(triple -> {
                    if (triple.getPredicate().isURI() && triple.getPredicate().getURI().startsWith("java:")) {
                        check(triple.getPredicate().getURI());
                    }
                });
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (function instanceof E_Function call) {
                    check(call.getFunctionIRI());
                }
            }
        });
    }

    private static void check(String iri) {
        if (iri.startsWith("java:") || !FunctionRegistry.get().isRegistered(iri)
                && !PropertyFunctionRegistry.get().isRegistered(iri)) {
            throw ProblemException.of(400, "Bad Request", "The function <" + iri + "> is not one this server "
                    + "offers: SPARQL's functions and Jena's registered extensions are.");
        }
    }
}
