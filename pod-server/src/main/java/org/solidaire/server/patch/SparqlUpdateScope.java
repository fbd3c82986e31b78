// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.solidaire.server.problem.ProblemException;

/**
 * Checks that each operation of a SPARQL Update stays within the resource being patched, and notes whether the
 * request reads, inserts or deletes.
 *
 * <p>A PATCH changes one RDF document, so only {@code INSERT DATA}, {@code DELETE DATA}, {@code DELETE WHERE} and
 * {@code DELETE/INSERT ... WHERE} are allowed, and only on the target graph: the default graph, or a {@code GRAPH},
 * {@code WITH} or {@code USING} naming the target resource itself. Graph management operations and {@code SERVICE},
 * which would make the server fetch other resources, are refused with 422.
 *
 * @see <a href="https://www.w3.org/TR/sparql11-update/#graphUpdate">SPARQL 1.1 Update §3.1 Graph Update</a>
 */
final class SparqlUpdateScope implements UpdateVisitor {

    private final Node target;
    private boolean reads;
    private boolean inserts;
    private boolean deletes;

    SparqlUpdateScope(Node target) {
        this.target = target;
    }

    boolean reads() {
        return reads;
    }

    boolean inserts() {
        return inserts;
    }

    boolean deletes() {
        return deletes;
    }

    @Override
    public void visit(UpdateDataInsert update) {
        requireTargetGraph(update.getQuads(), "INSERT DATA");
        inserts |= !update.getQuads().isEmpty();
    }

    @Override
    public void visit(UpdateDataDelete update) {
        requireTargetGraph(update.getQuads(), "DELETE DATA");
        noteDeletions(!update.getQuads().isEmpty());
    }

    @Override
    public void visit(UpdateDeleteWhere update) {
        requireTargetGraph(update.getQuads(), "DELETE WHERE");
        noteDeletions(!update.getQuads().isEmpty());
    }

    @Override
    public void visit(UpdateModify update) {
        String operation = "DELETE/INSERT ... WHERE";
        if (update.getWithIRI() != null) {
            requireTarget(update.getWithIRI(), "WITH", operation);
        }
        update.getUsing().forEach(graph -> requireTarget(graph, "USING", operation));
        update.getUsingNamed().forEach(graph -> requireTarget(graph, "USING NAMED", operation));
        requireTargetGraph(update.getDeleteQuads(), operation);
        requireTargetGraph(update.getInsertQuads(), operation);
        requireTargetPattern(update.getWherePattern(), operation);
        noteDeletions(!update.getDeleteQuads().isEmpty());
        inserts |= !update.getInsertQuads().isEmpty();
        reads |= !isEmpty(update.getWherePattern());
    }

    @Override
    public void visit(UpdateLoad update) {
        throw refused("LOAD");
    }

    @Override
    public void visit(UpdateClear update) {
        throw refused("CLEAR");
    }

    @Override
    public void visit(UpdateCreate update) {
        throw refused("CREATE");
    }

    @Override
    public void visit(UpdateDrop update) {
        throw refused("DROP");
    }

    @Override
    public void visit(UpdateAdd update) {
        throw refused("ADD");
    }

    @Override
    public void visit(UpdateCopy update) {
        throw refused("COPY");
    }

    @Override
    public void visit(UpdateMove update) {
        throw refused("MOVE");
    }

    /** Deleting tells whether the triples were there, so it needs Read as well as Write, as for an N3 Patch. */
    private void noteDeletions(boolean present) {
        deletes |= present;
        reads |= present;
    }

    private void requireTargetGraph(List<Quad> quads, String operation) {
        for (Quad quad : quads) {
            if (!quad.isDefaultGraph()) {
                requireTarget(quad.getGraph(), "GRAPH", operation);
            }
        }
    }

    /** Reading another graph finds nothing in this dataset, but the client should learn it was refused. */
    private void requireTargetPattern(Element pattern, String operation) {
        Walker.walk(Algebra.compile(pattern), new OpVisitorBase() {
            @Override
            public void visit(OpGraph op) {
                requireTargetOrVariable(op.getNode(), operation);
            }

            @Override
            public void visit(OpDatasetNames op) {
                requireTargetOrVariable(op.getGraphNode(), operation);
            }

            @Override
            public void visit(OpService op) {
                throw ProblemException.unprocessable("SPARQL Update " + operation + " with SERVICE "
                        + op.getService() + " is refused: a PATCH may only read the resource it changes.");
            }
        });
    }

    /** In a WHERE clause, GRAPH ?g can only match the target, the one named graph of the dataset. */
    private void requireTargetOrVariable(Node graph, String operation) {
        if (!graph.isVariable()) {
            requireTarget(graph, "GRAPH", operation);
        }
    }

    private void requireTarget(Node graph, String clause, String operation) {
        if (!target.equals(graph)) {
            throw ProblemException.unprocessable("SPARQL Update " + operation + " with " + clause + " "
                    + (graph.isVariable() ? graph.toString() : "<" + graph + ">") + " is refused: a PATCH may only "
                    + "change the resource it targets, <" + target.getURI() + ">.");
        }
    }

    private static boolean isEmpty(Element pattern) {
        return pattern == null || pattern instanceof ElementGroup group && group.isEmpty();
    }

    private static ProblemException refused(String operation) {
        return ProblemException.unprocessable("SPARQL Update " + operation + " is refused: a PATCH may only use "
                + "INSERT DATA, DELETE DATA, DELETE WHERE and DELETE/INSERT ... WHERE on the resource it targets.");
    }
}
