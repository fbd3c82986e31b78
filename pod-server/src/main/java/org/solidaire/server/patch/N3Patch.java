// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.util.FmtUtils;
import org.solidaire.server.problem.ProblemException;

/**
 * A parsed {@code solid:InsertDeletePatch}: the triple patterns of its {@code solid:where}, {@code solid:deletes}
 * and {@code solid:inserts} formulae, already checked against the constraints of the Solid Protocol.
 *
 * @see <a href="https://solidproject.org/TR/2024/protocol-20240512#n3-patch">Solid Protocol 0.11 §5.3.1</a>
 */
final class N3Patch implements Patch {

    private final List<Triple> conditions;
    private final List<Triple> deletions;
    private final List<Triple> insertions;

    /**
     * A patch from its three formulae; an absent formula is the empty list.
     *
     * @param conditions triple patterns that must match the target exactly once
     * @param deletions triples or patterns whose variables all occur in the conditions
     * @param insertions triples or patterns whose variables all occur in the conditions
     */
    N3Patch(List<Triple> conditions, List<Triple> deletions, List<Triple> insertions) {
        this.conditions = List.copyOf(conditions);
        this.deletions = List.copyOf(deletions);
        this.insertions = List.copyOf(insertions);
    }

    @Override
    public boolean reads() {
        // Solid Protocol §5.3.1: non-empty conditions make a Read; non-empty deletions make a Read and a Write.
        return !conditions.isEmpty() || !deletions.isEmpty();
    }

    @Override
    public boolean inserts() {
        return !insertions.isEmpty();
    }

    @Override
    public boolean deletes() {
        return !deletions.isEmpty();
    }

    @Override
    public void applyTo(Graph target) {
        Binding mapping = uniqueMapping(target);
        List<Triple> deleted = instantiate(deletions, mapping);
        List<Triple> inserted = instantiate(insertions, mapping);
        requirePresent(target, deleted);
        requireRdf(inserted);
        GraphDelta.deleteThenInsert(target, deleted, inserted).applyTo(target);
    }

    /** Solid Protocol §5.3.1: the conditions must have exactly one mapping of their variables, else 409. */
    private Binding uniqueMapping(Graph target) {
        if (conditions.isEmpty()) {
            return BindingFactory.empty();
        }
        try (QueryExec execution = QueryExec.graph(target).query(distinctSelect(conditions))
                .timeout(Patches.EVALUATION_TIMEOUT_MS, TimeUnit.MILLISECONDS).build()) {
            RowSet rows = execution.select();
            if (!rows.hasNext()) {
                throw ProblemException.conflict("The solid:where formula of the N3 Patch matches nothing in the "
                        + "target resource (Solid Protocol §5.3.1).");
            }
            Binding mapping = rows.next();
            if (rows.hasNext()) {
                throw ProblemException.conflict("The solid:where formula of the N3 Patch matches the target "
                        + "resource in more than one way; it must match exactly once (Solid Protocol §5.3.1).");
            }
            return mapping;
        } catch (QueryCancelledException e) {
            throw Patches.tooCostly().causedBy(e);
        }
    }

    /** Blank nodes of the conditions are variables that are not projected, so they never tell mappings apart. */
    private static Query distinctSelect(List<Triple> patterns) {
        ElementTriplesBlock block = new ElementTriplesBlock();
        patterns.forEach(block::addTriple);
        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryResultStar(true);
        query.setDistinct(true);
        query.setQueryPattern(block);
        return query;
    }

    private static List<Triple> instantiate(List<Triple> patterns, Binding mapping) {
        return patterns.stream().map(pattern -> Substitute.substitute(pattern, mapping)).distinct().toList();
    }

    private static void requirePresent(Graph target, List<Triple> deleted) {
        List<Triple> absent = deleted.stream().filter(triple -> !target.contains(triple)).toList();
        if (!absent.isEmpty()) {
            throw ProblemException.conflict("The target resource does not contain all triples the N3 Patch deletes "
                    + "(Solid Protocol §5.3.1); missing: " + describe(absent) + ".");
        }
    }

    /** A variable of the conditions can be bound to a literal, which cannot become the subject of a triple. */
    private static void requireRdf(List<Triple> inserted) {
        List<Triple> invalid = inserted.stream().filter(triple -> !isRdf(triple)).toList();
        if (!invalid.isEmpty()) {
            throw ProblemException.conflict("With the mapping the solid:where formula has in the target resource, "
                    + "the N3 Patch would insert triples that RDF does not allow: " + describe(invalid) + ".");
        }
    }

    private static boolean isRdf(Triple triple) {
        Node subject = triple.getSubject();
        return (subject.isURI() || subject.isBlank()) && triple.getPredicate().isURI()
                && triple.getObject().isConcrete();
    }

    private static String describe(List<Triple> triples) {
        return triples.stream().limit(3).map(FmtUtils::stringForTriple).collect(Collectors.joining("; "))
                + (triples.size() > 3 ? "; and " + (triples.size() - 3) + " more" : "");
    }
}
