// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes.jena;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.shapes.Severity;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.shapes.ValidationEntry;
import org.solidaire.shapes.ValidationReport;

/** A {@link ShapeValidator} over Apache Jena SHACL, with the shapes parsed once at construction. */
public final class JenaShapeValidator implements ShapeValidator {

    private static final Comparator<ValidationEntry> REPORT_ORDER = Comparator
            .comparing((ValidationEntry entry) -> entry.focusNode().toString())
            .thenComparing(entry -> entry.path() == null ? "" : entry.path())
            .thenComparing(entry -> entry.sourceShape().toString())
            .thenComparing(entry -> entry.value() == null ? "" : entry.value().toString());

    private final Shapes shapes;
    private final LocalizedMessages messages;

    private JenaShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.messages = new LocalizedMessages(shapesGraph);
    }

    /**
     * Returns the shared validator for the shapes of the Citizen Data Vocabulary.
     *
     * @return the validator, parsed on first use
     */
    public static ShapeValidator standard() {
        return Standard.INSTANCE;
    }

    /**
     * Makes a validator for the given shapes.
     *
     * @param shapesGraph the SHACL shapes
     * @return a validator that no longer reads the graph
     */
    public static ShapeValidator of(Graph shapesGraph) {
        requireNonNull(shapesGraph, "shapesGraph");
        Graph copy = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEach(copy::add);
        return new JenaShapeValidator(copy);
    }

    @Override
    public ValidationReport validate(Graph data, Locale locale) {
        requireNonNull(data, "data");
        requireNonNull(locale, "locale");

        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) {
            return ValidationReport.empty();
        }

        List<ValidationEntry> entries = report.getEntries().stream()
                .map(entry -> toEntry(entry, locale))
                .sorted(REPORT_ORDER)
                .toList();
        return new ValidationReport(entries);
    }

    private ValidationEntry toEntry(ReportEntry entry, Locale locale) {
        Path path = entry.resultPath();
        return new ValidationEntry(entry.focusNode(), path == null ? null : path.toString(), entry.value(),
                severityOf(entry), messages.choose(entry, locale), entry.source());
    }

    private static Severity severityOf(ReportEntry entry) {
        Node level = entry.severity().level();
        if (level.equals(org.apache.jena.shacl.validation.Severity.Violation.level())) {
            return Severity.VIOLATION;
        }
        if (level.equals(org.apache.jena.shacl.validation.Severity.Warning.level())) {
            return Severity.WARNING;
        }
        return Severity.INFO;
    }

    /** Holds the standard validator; the holder idiom parses the shapes once, on first use, thread-safely. */
    private static final class Standard {
        static final ShapeValidator INSTANCE = new JenaShapeValidator(CitizenDataShapes.graph());
    }
}
