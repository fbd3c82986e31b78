// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.solidaire.client.model.Provenance;
import org.solidaire.client.model.ReadingMethod;

class WaterDocumentsTest {

    private static final URI POD = URI.create("https://pod.example/camille/");

    private static WaterRow row(long line, int day) {
        return new WaterRow(line, "M 1#", "SP1", LocalDate.of(2024, 6, day), BigDecimal.TEN, BigDecimal.ONE,
                ReadingMethod.ACTUAL, null);
    }

    private final WaterDocuments.Group group = new WaterDocuments.Group(POD, "SP1", YearMonth.of(2024, 6),
            List.of(row(7, 1), row(9, 2)));

    @Test
    void mapsTheNodesOfAReadingBackToItsLine() {
        assertEquals(9, group.lineOf(POD + "water/2024-06#2024-06-02-result"));
        assertEquals(7, group.lineOf(POD + "water/2024-06#2024-06-01"));
        assertEquals(7, group.lineOf(POD + "water/contract#point"));
    }

    @Test
    void encodesSerialNumbersThatAreNoFragment() {
        assertEquals(URI.create(POD + "water/contract#meter-M%201%23"), WaterDocuments.meterIri(POD, "M 1#"));
    }

    @Test
    void dropsTheRowsOfBadLines() {
        assertEquals(List.of(row(9, 2)), group.without(Set.of(7L)).orElseThrow().rows());
        assertEquals(1, group.without(Set.of(7L)).orElseThrow().document(Provenance.of(URI.create("urn:run"),
                URI.create("https://eau.example/#service"), OffsetDateTime.parse("2024-07-01T03:00:00+02:00"),
                URI.create("https://w3id.org/cdv/shapes/0.1.0")), WaterCsvOptions.DEFAULT_ZONE)
                .readings().size());
    }
}
