// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.rdf.model.Resource;

/**
 * Writes a data table of resources, such as the constraints of a shape or the concepts of a code list: a caption,
 * column headers, and one row per resource whose first cell heads the row. Screen readers announce each cell with
 * its column and row headers (WCAG 2.1 technique H63).
 */
final class DataTable {

    /**
     * One column of the table.
     *
     * @param heading the key of the column's heading text
     * @param cell writes the content of a row's cell
     */
    record Column(String heading, Consumer<Resource> cell) {
    }

    private final Rendering page;
    private final Markup html;

    DataTable(Rendering page) {
        this.page = page;
        this.html = page.html();
    }

    /**
     * Writes a table.
     *
     * @param caption writes the caption's content
     * @param rowHeader the first column, whose cells head their rows
     * @param columns the other columns
     * @param rows the resources, one per row
     * @param rowId the id of a row's element, for rows that are link targets, or null
     */
    void write(Runnable caption, Column rowHeader, List<Column> columns, List<Resource> rows,
            Function<Resource, String> rowId) {
        html.open("div", "class", "table");
        html.open("table");
        html.open("caption");
        caption.run();
        html.close("caption");
        List<Column> all = new ArrayList<>(columns.size() + 1);
        all.add(rowHeader);
        all.addAll(columns);
        head(all);
        html.open("tbody");
        for (Resource row : rows) {
            html.open("tr", "id", rowId == null ? null : rowId.apply(row));
            html.open("th", "scope", "row");
            rowHeader.cell().accept(row);
            html.close("th");
            for (Column column : columns) {
                html.open("td");
                column.cell().accept(row);
                html.close("td");
            }
            html.close("tr");
        }
        html.close("tbody");
        html.close("table");
        html.close("div");
    }

    private void head(List<Column> columns) {
        html.open("thead");
        html.open("tr");
        for (Column column : columns) {
            html.element("th", page.text(column.heading()), "scope", "col");
        }
        html.close("tr");
        html.close("thead");
    }
}
