// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks that need more than one row: a meter read twice on a day, a meter at two service points, an index going
 * backwards or disagreeing with the consumption, two meters of one service point read on one day, and rows no pod
 * can take. Each returns the lines to leave out.
 */
final class WaterRowChecks {

    /** The largest gap, in litres, between a day's consumption and the change of the index that day. */
    private static final BigDecimal TOLERANCE_LITRES = BigDecimal.ONE;
    private static final BigDecimal LITRES_PER_CUBIC_METRE = BigDecimal.valueOf(1000);

    private final List<RowProblem> problems;
    private final Set<Long> excluded = new HashSet<>();

    private WaterRowChecks(List<RowProblem> problems) {
        this.problems = problems;
    }

    /** Checks the rows together; the lines returned are those not to import, repeated lines among them. */
    static Set<Long> check(List<WaterRow> rows, Function<String, Optional<URI>> pods, List<RowProblem> problems) {
        WaterRowChecks checks = new WaterRowChecks(problems);
        checks.repeatedReadings(rows);
        checks.metersMoving(rows);
        checks.indexes(rows);
        checks.metersSharingADay(rows);
        checks.routing(rows, pods);
        return checks.excluded;
    }

    private List<WaterRow> kept(List<WaterRow> rows) {
        return rows.stream().filter(row -> !excluded.contains(row.line())).toList();
    }

    private void refuse(WaterRow row, String column, String message) {
        problems.add(RowProblem.at(row.line(), column, message));
        excluded.add(row.line());
    }

    private void repeatedReadings(List<WaterRow> rows) {
        Map<String, WaterRow> first = new HashMap<>();
        for (WaterRow row : rows) {
            WaterRow earlier = first.putIfAbsent(row.meterSerial() + '\u0000' + row.date(), row);
            if (earlier == null) {
                continue;
            }
            if (earlier.sameValues(row)) {
                excluded.add(row.line());
            } else {
                String message = "Meter " + row.meterSerial() + " has two different readings on " + row.date()
                        + ", at lines " + earlier.line() + " and " + row.line();
                refuse(earlier, null, message);
                refuse(row, null, message);
            }
        }
    }

    private void metersMoving(List<WaterRow> rows) {
        Map<String, WaterRow> first = new HashMap<>();
        for (WaterRow row : kept(rows)) {
            WaterRow earlier = first.putIfAbsent(row.meterSerial(), row);
            if (earlier != null && !earlier.servicePointId().equals(row.servicePointId())) {
                refuse(row, WaterCsvFormat.SERVICE_POINT_ID, "Meter " + row.meterSerial() + " is at service point "
                        + earlier.servicePointId() + " at line " + earlier.line() + ", not at " + row.servicePointId());
            }
        }
    }

    private void indexes(List<WaterRow> rows) {
        Map<String, List<WaterRow>> byMeter = new HashMap<>();
        kept(rows).forEach(row -> byMeter.computeIfAbsent(row.meterSerial(), m -> new ArrayList<>()).add(row));
        for (List<WaterRow> readings : byMeter.values()) {
            readings.sort(Comparator.comparing(WaterRow::date));
            WaterRow previous = null;
            for (WaterRow row : readings) {
                if (previous == null || acceptsAfter(previous, row)) {
                    previous = row;
                }
            }
        }
    }

    /** Checks a row against the meter's previous good one; false when the row is refused. */
    private boolean acceptsAfter(WaterRow previous, WaterRow row) {
        if (row.indexCubicMetres().compareTo(previous.indexCubicMetres()) < 0) {
            refuse(row, WaterCsvFormat.INDEX_M3, "The index goes backwards: " + row.indexCubicMetres().toPlainString()
                    + " m3 after " + previous.indexCubicMetres().toPlainString() + " m3 on " + previous.date()
                    + " (line " + previous.line() + ")");
            return false;
        }
        if (row.date().equals(previous.date().plusDays(1))) {
            BigDecimal change = row.indexCubicMetres().subtract(previous.indexCubicMetres())
                    .multiply(LITRES_PER_CUBIC_METRE);
            if (change.subtract(row.litres()).abs().compareTo(TOLERANCE_LITRES) > 0) {
                refuse(row, WaterCsvFormat.CONSUMPTION_L, "The consumption of " + row.litres().toPlainString()
                        + " L does not match the index, which rose by " + change.stripTrailingZeros().toPlainString()
                        + " L since the day before (line " + previous.line() + ")");
                return false;
            }
        }
        return true;
    }

    private void metersSharingADay(List<WaterRow> rows) {
        Map<String, WaterRow> first = new HashMap<>();
        for (WaterRow row : kept(rows)) {
            WaterRow earlier = first.putIfAbsent(row.servicePointId() + '\u0000' + row.date(), row);
            if (earlier != null) {
                refuse(row, WaterCsvFormat.METER_SERIAL, "Service point " + row.servicePointId() + " already has a "
                        + "reading on " + row.date() + " from meter " + earlier.meterSerial() + " (line "
                        + earlier.line() + "); a day has one reading per service point");
            }
        }
    }

    private void routing(List<WaterRow> rows, Function<String, Optional<URI>> pods) {
        Map<String, Optional<URI>> podOf = new HashMap<>();
        Map<URI, String> pointOf = new HashMap<>();
        for (WaterRow row : kept(rows)) {
            Optional<URI> pod = podOf.computeIfAbsent(row.servicePointId(), pods);
            if (pod.isEmpty()) {
                refuse(row, WaterCsvFormat.SERVICE_POINT_ID, "No pod is known for service point "
                        + row.servicePointId());
                continue;
            }
            String point = pointOf.putIfAbsent(pod.get(), row.servicePointId());
            if (point != null && !point.equals(row.servicePointId())) {
                refuse(row, WaterCsvFormat.SERVICE_POINT_ID, "The pod " + pod.get() + " already takes service point "
                        + point + "; a pod takes the water readings of one service point");
            }
        }
    }
}
