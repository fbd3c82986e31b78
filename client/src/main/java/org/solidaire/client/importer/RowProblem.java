// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * Why a line of an import's input was not imported, or why the input as a whole was not.
 *
 * @param line the line of the input, 1 for the header; 0 when the problem is not on one line
 * @param column the column's name in the header, or null when the problem is with the whole row or file
 * @param message what is wrong, in words a person can act on
 */
public record RowProblem(long line, String column, String message) {

    /** Problems in the order of the input: by line, then column. */
    public static final Comparator<RowProblem> INPUT_ORDER = Comparator.comparingLong(RowProblem::line)
            .thenComparing(problem -> problem.column() == null ? "" : problem.column())
            .thenComparing(RowProblem::message);

    /** Checks that the problem says something. */
    public RowProblem {
        requireNonNull(message, "message");
    }

    /**
     * A problem with one value of a row.
     *
     * @param line the line
     * @param column the column's name
     * @param message what is wrong
     * @return the problem
     */
    public static RowProblem at(long line, String column, String message) {
        return new RowProblem(line, column, message);
    }

    /**
     * A problem with a whole row.
     *
     * @param line the line
     * @param message what is wrong
     * @return the problem
     */
    public static RowProblem ofRow(long line, String message) {
        return new RowProblem(line, null, message);
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
