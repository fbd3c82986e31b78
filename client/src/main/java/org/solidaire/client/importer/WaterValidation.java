// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.solidaire.client.model.Provenance;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.shapes.ValidationEntry;
import org.solidaire.shapes.ValidationReport;

/**
 * Validates each document against the shapes, as the pod server will, and reports each violation on the line of
 * the reading it is about. With bad rows skipped, a document loses its violating readings and is checked again.
 */
final class WaterValidation {

    private final ShapeValidator validator = ShapeValidator.standard();
    private final Provenance provenance;
    private final ZoneId zone;
    private final Locale locale;
    private final boolean skipInvalid;

    WaterValidation(Provenance provenance, ZoneId zone, Locale locale, boolean skipInvalid) {
        this.provenance = provenance;
        this.zone = zone;
        this.locale = locale;
        this.skipInvalid = skipInvalid;
    }

    /**
     * The groups whose documents validate; the violations go to the problems. Documents are built, checked and
     * dropped one at a time, several at once on a machine with several cores: SHACL is most of an import's time.
     */
    List<WaterDocuments.Group> validate(List<WaterDocuments.Group> groups, List<RowProblem> problems) {
        List<Checked> checked = groups.parallelStream().map(this::check).toList();
        List<WaterDocuments.Group> accepted = new ArrayList<>();
        for (Checked result : checked) {
            problems.addAll(result.problems());
            result.document().ifPresent(accepted::add);
        }
        return accepted;
    }

    private record Checked(Optional<WaterDocuments.Group> document, List<RowProblem> problems) {
    }

    private Checked check(WaterDocuments.Group draft) {
        List<RowProblem> problems = violations(draft);
        if (problems.isEmpty()) {
            return new Checked(Optional.of(draft), problems);
        }
        if (!skipInvalid) {
            return new Checked(Optional.empty(), problems);
        }
        Set<Long> bad = new HashSet<>();
        problems.forEach(problem -> bad.add(problem.line()));
        Optional<WaterDocuments.Group> smaller = draft.without(bad);
        if (smaller.isPresent() && violations(smaller.get()).isEmpty()) {
            return new Checked(smaller, problems);
        }
        return new Checked(Optional.empty(), problems);
    }

    private List<RowProblem> violations(WaterDocuments.Group draft) {
        ValidationReport report = validator.validate(draft.document(provenance, zone).graph(), locale);
        List<RowProblem> problems = new ArrayList<>();
        for (ValidationEntry entry : report.violations()) {
            String focus = entry.focusNode().isURI() ? entry.focusNode().getURI() : "";
            problems.add(RowProblem.at(draft.lineOf(focus), column(focus, entry.path()),
                    "The shapes refuse it: " + entry.message()));
        }
        return problems;
    }

    private static String column(String focus, String path) {
        if (focus.endsWith("-result")) {
            return WaterCsvFormat.CONSUMPTION_L;
        }
        if (focus.endsWith("-index")) {
            return WaterCsvFormat.INDEX_M3;
        }
        if (path != null && path.contains("readingMethod")) {
            return WaterCsvFormat.READING_METHOD;
        }
        if (path != null && path.contains("readingReason")) {
            return WaterCsvFormat.READING_REASON;
        }
        return path != null && path.contains("period") ? WaterCsvFormat.DATE : null;
    }
}
