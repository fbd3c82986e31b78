// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import java.util.List;

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

    private List<ValidationEntry> withSeverity(Severity severity) {
        return entries.stream().filter(entry -> entry.severity() == severity).toList();
    }
}
