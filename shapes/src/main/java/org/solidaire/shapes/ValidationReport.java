// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The results of validating a graph, in a stable order: by focus node, then path, then shape.
 *
 * <p>A server accepts a write whose report is {@link #accepted() accepted} and passes the {@link #warnings()} on to
 * the writer; it refuses the others, for instance with 422 Unprocessable Content and the {@link #violations()} in
 * the body.
 *
 * @param entries every result, whatever its severity
 */
public record ValidationReport(List<ValidationEntry> entries) {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    /** Copies the entries, so that the report cannot change after it is made. */
    public ValidationReport {
        entries = List.copyOf(entries);
    }

    /**
     * Returns a report with no result.
     *
     * @return the empty report
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Tells whether no result refuses the data: there may still be warnings.
     *
     * @return true when there is no violation
     */
    public boolean accepted() {
        return entries.stream().noneMatch(entry -> entry.severity().refuses());
    }

    /**
     * Tells whether the data conforms in the SHACL sense: no result of any severity.
     *
     * @return true when there is no entry at all
     */
    public boolean conforms() {
        return entries.isEmpty();
    }

    /**
     * Returns the results that refuse the data.
     *
     * @return the violations, in report order
     */
    public List<ValidationEntry> violations() {
        return withSeverity(Severity.VIOLATION);
    }

    /**
     * Returns the results that only inform.
     *
     * @return the warnings, in report order
     */
    public List<ValidationEntry> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /**
     * Returns the report in the SHACL validation report vocabulary, for clients that asked for RDF.
     *
     * @param language the language tag of the messages, as they were chosen when validating
     * @return a new graph holding one {@code sh:ValidationReport}
     * @see <a href="https://www.w3.org/TR/shacl/#validation-report">SHACL §3.6 Validation Report</a>
     */
    public Graph toGraph(String language) {
        Graph graph = GraphFactory.createGraphMem();
        Node report = NodeFactory.createBlankNode();
        graph.add(report, RDF.Nodes.type, SHACL.ValidationReport);
        graph.add(report, SHACL.conforms, NodeFactory.createLiteralDT(Boolean.toString(conforms()),
                XSDDatatype.XSDboolean));
        for (ValidationEntry entry : entries) {
            Node result = NodeFactory.createBlankNode();
            graph.add(report, SHACL.result, result);
            graph.add(result, RDF.Nodes.type, SHACL.ValidationResult);
            graph.add(result, SHACL.focusNode, entry.focusNode());
            graph.add(result, SHACL.resultSeverity, entry.severity().term());
            graph.add(result, SHACL.resultMessage, NodeFactory.createLiteralLang(entry.message(), language));
            graph.add(result, SHACL.sourceShape, entry.sourceShape());
            if (entry.value() != null) {
                graph.add(result, SHACL.value, entry.value());
            }
            // A path written as a single IRI is a predicate path; other paths stay in the message and the JSON form.
            if (entry.path() != null && entry.path().matches("<[^<>\\s]+>")) {
                graph.add(result, SHACL.resultPath,
                        NodeFactory.createURI(entry.path().substring(1, entry.path().length() - 1)));
            }
        }
        return graph;
    }

    private List<ValidationEntry> withSeverity(Severity severity) {
        return entries.stream().filter(entry -> entry.severity() == severity).toList();
    }
}
