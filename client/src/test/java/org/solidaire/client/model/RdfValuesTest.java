// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Date-times as xsd:dateTime literals that any RDF tool reads, whatever the date and the zone. */
class RdfValuesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest
    @ValueSource(strings = {"2024-06-01", "1911-03-10", "1900-01-01", "0001-01-01", "9999-12-31"})
    void theStartOfADayInParisIsAValidDateTimeAtTheSameInstant(String day) {
        OffsetDateTime start = LocalDate.parse(day).atStartOfDay(PARIS).toOffsetDateTime();
        OffsetDateTime next = LocalDate.parse(day).plusDays(1).atStartOfDay(PARIS).toOffsetDateTime();

        for (OffsetDateTime time : new OffsetDateTime[] {start, next}) {
            Node literal = RdfValues.dateTime(time);
            String lexical = literal.getLiteralLexicalForm();
            assertTrue(XSDDatatype.XSDdateTime.isValid(lexical), lexical);
            assertEquals(time.toInstant(), RdfValues.toDateTime(literal).toInstant(), lexical);
        }
    }
}
