// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/**
 * SELECT results as a text table: a header of the variables, a rule, then one line per solution with each column
 * as wide as its widest value; IRIs as they are, literals by their lexical form, unbound values empty.
 *
 * @param variables the columns
 * @param rows the values, row by row
 */
record ResultTable(List<String> variables, List<List<String>> rows) {

    static ResultTable of(ResultSetRewindable results) {
        List<String> variables = results.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        results.forEachRemaining(solution -> rows.add(values(variables, solution)));
        return new ResultTable(variables, rows);
    }

    private static List<String> values(List<String> variables, QuerySolution solution) {
        List<String> values = new ArrayList<>(variables.size());
        for (String variable : variables) {
            RDFNode node = solution.get(variable);
            values.add(node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm()
                    : node.isURIResource() ? node.asResource().getURI() : "_:" + node.asResource().getId());
        }
        return values;
    }

    void print(PrintWriter out) {
        int[] widths = new int[variables.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = variables.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(variables, widths));
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        out.println(line(rules, widths));
        rows.forEach(row -> out.println(line(row, widths)));
        out.println("(" + Console.count(rows.size(), "row") + ")");
    }

    private static String line(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            line.append(value).append(" ".repeat(widths[i] - value.length())).append(i < values.size() - 1 ? "  "
                    : "");
        }
        return line.toString().stripTrailing();
    }
}
