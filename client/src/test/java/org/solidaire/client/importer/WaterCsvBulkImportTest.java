// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A city's yearly bulk export: a thousand citizens, a reading a day each, 365,000 rows in one file. */
class WaterCsvBulkImportTest {

    private static final Logger LOG = LoggerFactory.getLogger(WaterCsvBulkImportTest.class);

    static final int CITIZENS = 1000;
    static final int DAYS = 365;

    /** Writes the export, in service point order as a department's database would list it, and returns the pods. */
    static Map<String, URI> writeExport(Path file) throws IOException {
        Map<String, URI> pods = new HashMap<>();
        LocalDate first = LocalDate.of(2024, 7, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("meter_serial;service_point_id;date;index_m3;consumption_l;reading_method\n");
            for (int citizen = 0; citizen < CITIZENS; citizen++) {
                String point = String.format("EAU-69383-%06d", citizen);
                pods.put(point, URI.create("https://pods.example/citizen-" + citizen + "/"));
                long index = 100_000L * citizen;
                for (int day = 0; day < DAYS; day++) {
                    long litres = 150 + (citizen * 31L + day * 17L) % 250;
                    index += litres;
                    out.write("M" + citizen + ";" + point + ";" + first.plusDays(day) + ";" + index / 1000 + "."
                            + String.format("%03d", index % 1000) + ";" + litres + ";"
                            + (day % 29 == 0 ? "estimated" : "actual") + "\n");
                }
            }
        }
        return pods;
    }

    @Test
    void importsAYearOfAThousandCitizens(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bulk.csv");
        Map<String, URI> pods = writeExport(file);

        long start = System.nanoTime();
        WaterImport result = WaterCsvImporter.with(WaterCsvOptions.forPods(URI.create("https://eau.example/#service"),
                pods).exportedAt(OffsetDateTime.parse("2025-07-01T03:00:00+02:00"))).read(file);
        LOG.debug("Imported {} rows into {} documents in {} ms", result.rowsRead(), result.documents().size(),
                (System.nanoTime() - start) / 1_000_000);

        assertTrue(result.complete(), () -> result.problems().subList(0, 5).toString());
        assertEquals((long) CITIZENS * DAYS, result.readingCount());
        assertEquals(CITIZENS * 12, result.documents().size());
    }
}
