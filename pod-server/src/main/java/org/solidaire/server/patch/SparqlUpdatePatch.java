// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.sparql.BoundedRegex;
import org.solidaire.server.sparql.CheckedLanguageTags;
import org.solidaire.server.sparql.ReachGuard;

/**
 * A SPARQL Update request applied to one RDF resource, which is both the default graph and the one named graph of
 * the dataset the update runs against.
 *
 * <p>Blank nodes follow SPARQL: each {@code INSERT} makes fresh ones, and deleting a triple that is absent is no
 * error, so this kind of patch never answers 409.
 *
 * @see <a href="https://www.w3.org/TR/sparql11-update/">SPARQL 1.1 Update</a>
 */
final class SparqlUpdatePatch implements Patch {

    private static final String LANGUAGE = "SPARQL Update";

    private final UpdateRequest request;
    private final Node target;
    private final SparqlUpdateScope scope;

    private SparqlUpdatePatch(UpdateRequest request, Node target, SparqlUpdateScope scope) {
        this.request = request;
        this.target = target;
        this.scope = scope;
    }

    /**
     * Parses a SPARQL Update request and checks that it only changes the target resource.
     *
     * @param text the request
     * @param targetIri the IRI of the resource to patch, the base for relative IRIs
     * @return the patch
     * @throws ProblemException 400 for a syntax error, 422 for an operation outside the target resource
     */
    static SparqlUpdatePatch parse(String text, String targetIri) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, targetIri, Syntax.syntaxSPARQL_11);
        } catch (QueryException e) {
            if (e.getCause() instanceof StackOverflowError) {
                // The parser recurses into nested lists, blank nodes and expressions, and reports the overflow.
                throw ProblemException.badRequest("The SPARQL Update is nested too deeply to be read.").causedBy(e);
            }
            ProblemException problem = SyntaxProblem.position(e)
                    .map(position -> SyntaxProblem.at(LANGUAGE, position[0], position[1], e.getMessage()))
                    .orElseGet(() -> SyntaxProblem.unplaced(LANGUAGE, e.getMessage()));
            throw problem.causedBy(e);
        }
        Node target = NodeFactory.createURI(targetIri);
        SparqlUpdateScope scope = new SparqlUpdateScope(target);
        for (Update update : request.getOperations()) {
            update.visit(scope);
            if (update instanceof UpdateDataInsert insert) {
                InsertedTerms.requireWellFormed(LANGUAGE, triples(insert.getQuads()));
            }
            if (update instanceof UpdateModify modify) {
                ReachGuard.refuse(Algebra.compile(modify.getWherePattern()), "a patch only changes its resource");
                InsertedTerms.requireWellFormed(LANGUAGE, triples(modify.getInsertQuads()));
            }
        }
        return new SparqlUpdatePatch(request, target, scope);
    }

    private static List<Triple> triples(List<Quad> quads) {
        return quads.stream().map(Quad::asTriple).toList();
    }

    @Override
    public boolean reads() {
        return scope.reads();
    }

    @Override
    public boolean inserts() {
        return scope.inserts();
    }

    @Override
    public boolean deletes() {
        return scope.deletes();
    }

    /** Runs the update on a copy, so a failure part-way through leaves the target as it was. */
    @Override
    public void applyTo(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        DatasetGraph dataset = DatasetGraphFactory.create(copy);
        dataset.addGraph(target, copy);
        UpdateRequest checked = CheckedLanguageTags.checked(BoundedRegex.bound(request));
        // SERVICE is refused when the request is parsed; switching it off here keeps the server from fetching anyway.
        try {
            BoundedRegex.before(Patches.EVALUATION_TIMEOUT_MS, () -> {
                UpdateExec.dataset(dataset).update(checked).set(ARQ.httpServiceAllowed, false)
                        .timeout(Patches.EVALUATION_TIMEOUT_MS, TimeUnit.MILLISECONDS).execute();
                return null;
            });
        } catch (QueryCancelledException e) {
            throw Patches.tooCostly().causedBy(e);
        }
        GraphDelta.between(graph, copy).applyTo(graph);
    }
}
