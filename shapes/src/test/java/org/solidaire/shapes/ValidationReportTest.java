// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private final ShapeValidator validator = ShapeValidator.standard();

    @Test
    void warningsAloneLeaveTheDataAccepted() {
        Graph data = Examples.validAfter("DELETE WHERE { ex:grant cdv:expiresAt ?e }");

        ValidationReport report = validator.validate(data, Locale.FRENCH);

        assertAll(
                () -> assertTrue(report.accepted()),
                () -> assertFalse(report.conforms()),
                () -> assertEquals(1, report.warnings().size()),
                () -> assertTrue(report.violations().isEmpty()));
    }

    @Test
    void entryNamesFocusPathValueAndSeverity() {
        Graph data = Examples.validAfter("INSERT DATA { ex:grant acl:mode acl:Control }");

        ValidationEntry entry = validator.validate(data, Locale.ENGLISH).violations().get(0);

        assertAll(
                () -> assertEquals(NodeFactory.createURI("https://pod.example/alex/grant"), entry.focusNode()),
                () -> assertEquals("<http://www.w3.org/ns/auth/acl#mode>", entry.path()),
                () -> assertEquals(NodeFactory.createURI("http://www.w3.org/ns/auth/acl#Control"), entry.value()),
                () -> assertEquals(Severity.VIOLATION, entry.severity()),
                () -> assertTrue(entry.message().startsWith("A grant or access request covers Read")));
    }

    @Test
    void nodeLevelResultHasNoPathAndTheFocusNodeAsValue() {
        Graph data = Examples.validAfter("DELETE WHERE { ex:gas-1 cdv:readingReason ?r }");

        ValidationEntry entry = validator.validate(data, Locale.ENGLISH).warnings().get(0);

        assertNull(entry.path());
        assertEquals(entry.focusNode(), entry.value());
    }

    @Test
    void messageFallsBackToEnglishForAnotherLanguage() {
        Graph data = Examples.validAfter("DELETE WHERE { ex:me foaf:givenName ?n }");

        String german = validator.validate(data, Locale.GERMAN).entries().get(0).message();
        String english = validator.validate(data, Locale.ENGLISH).entries().get(0).message();
        String french = validator.validate(data, Locale.FRANCE).entries().get(0).message();

        assertEquals(english, german);
        assertTrue(french.startsWith("Le profil a un prénom"), french);
    }

    @Test
    void reportCannotBeChangedAfterwards() {
        ValidationReport report = validator.validate(Examples.validAfter(
                "DELETE WHERE { ex:me foaf:givenName ?n }"), Locale.ENGLISH);

        assertThrowsOnAdd(report);
    }

    private static void assertThrowsOnAdd(ValidationReport report) {
        ValidationEntry any = report.entries().get(0);
        try {
            report.entries().add(any);
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("the entries list accepted an addition");
    }
}
