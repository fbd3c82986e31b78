// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input, with the line, column and reason it is reported with, and nothing to write. */
class WaterCsvProblemsTest {

    private static final String GOOD = "M1;SP1;2024-06-01;12.500;500;actual\n";

    static Stream<Arguments> badInputs() {
        String header = WaterCsvImporterTest.HEADER;
        return Stream.of(
                bad("unknown reading method", header + "M1;SP1;2024-06-01;12.5;500;guessed\n",
                        2, "reading_method", "Unknown reading method \"guessed\""),
                bad("unknown reading reason", header.replace("\n", ";reading_reason\n")
                        + "M1;SP1;2024-06-01;12.5;500;estimated;bad-luck\n", 2, "reading_reason",
                        "Unknown reading reason"),
                bad("negative consumption", header + "M1;SP1;2024-06-01;12.5;-3;actual\n",
                        2, "consumption_l", "negative"),
                bad("negative index", header + "M1;SP1;2024-06-01;-12.5;3;actual\n", 2, "index_m3", "negative"),
                bad("bad date", header + "M1;SP1;01/06/2024;12.5;500;actual\n", 2, "date", "is not a date"),
                bad("impossible date", header + "M1;SP1;2024-02-30;12.5;500;actual\n", 2, "date", "is not a date"),
                bad("number with a unit", header + "M1;SP1;2024-06-01;12.5 m3;500;actual\n", 2, "index_m3",
                        "is not a number"),
                bad("decimal comma in a comma file", header.replace(';', ',')
                        + "M1,SP1,2024-06-01,\"12,5\",500,actual\n", 2, "index_m3", "is not a number"),
                bad("missing value", header + "M1;;2024-06-01;12.5;500;actual\n", 2, "service_point_id",
                        "Missing value"),
                bad("too few values", header + "M1;SP1;2024-06-01;12.5;500\n", 2, null, "has 5 values"),
                bad("index going backwards", header + GOOD + "M1;SP1;2024-06-02;12.400;0;actual\n",
                        3, "index_m3", "The index goes backwards"),
                bad("index and consumption disagree", header + GOOD + "M1;SP1;2024-06-02;13.000;200;actual\n",
                        3, "consumption_l", "does not match the index"),
                bad("same meter and day, other values", header + GOOD + "M1;SP1;2024-06-01;12.600;600;actual\n",
                        3, null, "two different readings on 2024-06-01, at lines 2 and 3"),
                bad("meter at two service points", header + GOOD + "M1;SP2;2024-06-02;13.000;500;actual\n",
                        3, "service_point_id", "is at service point SP1"),
                bad("two meters on one day", header + GOOD + "M2;SP1;2024-06-01;3.000;500;actual\n",
                        3, "meter_serial", "already has a reading on 2024-06-01"),
                bad("value spanning two lines", header + GOOD + "\"M2\nX\";SP1;2024-06-02;13.000;500;actual\n"
                        + "M1;SP1;2024-06-03;13.500;500;actual\n", 3, "meter_serial", "spans two lines or more"),
                bad("unknown column", header.replace("\n", ";comment\n") + GOOD.replace("\n", ";x\n"),
                        1, "comment", "Unknown column"),
                bad("missing column", "meter_serial;service_point_id;date;index_m3;consumption_l\n", 1,
                        "reading_method", "Missing column"),
                bad("empty file", "", 1, null, "empty"));
    }

    private static Arguments bad(String name, String csv, long line, String column, String reason) {
        return Arguments.of(name, csv, line, column, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsTheLineColumnAndReasonAndWritesNothing(String name, String csv, long line, String column,
            String reason) throws IOException {
        WaterImport result = WaterCsvImporterTest.importText(csv, WaterCsvImporterTest.camille());

        RowProblem last = result.problems().get(result.problems().size() - 1);
        assertAll(
                () -> assertEquals(line, last.line(), result.problems().toString()),
                () -> assertEquals(column, last.column(), result.problems().toString()),
                () -> assertTrue(last.message().contains(reason), last.message()),
                () -> assertEquals(List.of(), result.documents()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsTheSameWithBadRowsSkipped(String name, String csv, long line, String column, String reason)
            throws IOException {
        WaterImport strict = WaterCsvImporterTest.importText(csv, WaterCsvImporterTest.camille());
        WaterImport lenient = WaterCsvImporterTest.importText(csv, WaterCsvImporterTest.camille()
                .skippingInvalidRows());

        assertEquals(strict.problems(), lenient.problems());
    }

    @Test
    void neverSendsTwoServicePointsToOnePod() throws IOException {
        String twoPoints = WaterCsvImporterTest.HEADER + GOOD + "M2;SP2;2024-06-01;3.000;500;actual\n";
        WaterImport result = WaterCsvImporterTest.importText(twoPoints, WaterCsvOptions.forPods(
                WaterCsvImporterTest.CITY, Map.of("SP1", URI.create("https://pod.example/a/"),
                        "SP2", URI.create("https://pod.example/a/"))).exportedAt(WaterCsvImporterTest.EXPORTED));
        assertTrue(result.problems().get(0).message().contains("already takes service point SP1"));
    }
}
