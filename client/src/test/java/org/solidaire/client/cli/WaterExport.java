// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A water department's export for the tests: a reading a day per service point, with litres that vary as a
 * household's do (more at weekends and in summer), estimated days now and then, and the meter's index rising by
 * exactly the litres consumed. It keeps each service point's monthly totals, to check queries against.
 */
final class WaterExport {

    static final String HEADER = "meter_serial;service_point_id;date;index_m3;consumption_l;reading_method;"
            + "reading_reason";

    private final List<String> lines = new ArrayList<>();
    private final Map<String, Map<YearMonth, BigDecimal>> monthlyLitres = new TreeMap<>();

    /** Adds a reading a day of one service point, from the first day, for that many days. */
    WaterExport servicePoint(String id, String meter, LocalDate first, int days, long seed) {
        Random random = new Random(seed);
        long indexLitres = 200_000 + random.nextInt(500_000);
        for (int day = 0; day < days; day++) {
            LocalDate date = first.plusDays(day);
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            boolean summer = date.getMonthValue() >= 6 && date.getMonthValue() <= 8;
            long litres = 140 + random.nextInt(160) + (weekend ? 60 : 0) + (summer ? 45 : 0);
            indexLitres += litres;
            boolean estimated = random.nextInt(40) == 0;
            lines.add(String.join(";", meter, id, date.toString(), cubicMetres(indexLitres), Long.toString(litres),
                    estimated ? "estimated" : "actual", estimated ? "meter-inaccessible" : ""));
            monthlyLitres.computeIfAbsent(id, point -> new TreeMap<>()).merge(YearMonth.from(date),
                    BigDecimal.valueOf(litres), BigDecimal::add);
        }
        return this;
    }

    /** Writes the export, header first. */
    Path writeTo(Path file) throws IOException {
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(lines);
        return Files.write(file, all, StandardCharsets.UTF_8);
    }

    /** The litres of each month at a service point. */
    Map<YearMonth, BigDecimal> monthlyLitres(String servicePoint) {
        return monthlyLitres.get(servicePoint);
    }

    static String cubicMetres(long litres) {
        return String.format(Locale.ROOT, "%d.%03d", litres / 1000, litres % 1000);
    }
}
