// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every shape, edits of the valid examples that break it are caught by that shape, with its severity and its
 * message in French and in English.
 */
class InvalidExamplesTest {

    private static final ShapeValidator VALIDATOR = ShapeValidator.standard();
    private static final Map<Node, Map<String, String>> MESSAGES = ShapeMessages.read(CitizenDataShapes.graph());

    static Stream<Arguments> invalidExamples() throws IOException {
        String text;
        try (InputStream in = InvalidExamplesTest.class.getResourceAsStream("invalid-examples.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Arrays.stream(text.split("\n\n"))
                .map(block -> block.lines().filter(line -> !line.startsWith("#")).toList())
                .filter(lines -> !lines.isEmpty())
                .map(InvalidExamplesTest::example);
    }

    /** Reads one block: four "key: value" lines, then the SPARQL Update. */
    private static Arguments example(List<String> lines) {
        return Arguments.of(valueOf(lines.get(0), "example"), valueOf(lines.get(1), "focus"),
                valueOf(lines.get(2), "shape"), Severity.valueOf(valueOf(lines.get(3), "severity")),
                String.join("\n", lines.subList(4, lines.size())));
    }

    private static String valueOf(String line, String key) {
        assertTrue(line.startsWith(key + ": "), "expected '" + key + ": ' in: " + line);
        return line.substring(key.length() + 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void isCaughtByItsShapeWithItsMessages(String example, String focus, String shape, Severity severity,
            String update) {
        Graph data = Examples.validAfter(update);
        Node focusNode = NodeFactory.createURI("https://pod.example/alex/" + focus);
        Node shapeNode = NodeFactory.createURI(CitizenDataShapes.NS + shape);

        List<ValidationEntry> french = VALIDATOR.validate(data, Locale.FRENCH).entries();
        List<ValidationEntry> english = VALIDATOR.validate(data, Locale.ENGLISH).entries();

        List<ValidationEntry> fromShape = fromShape(french, shapeNode);
        assertFalse(fromShape.isEmpty(), example + ": not caught by " + shape + ", results: " + french);
        assertAll(example,
                () -> assertTrue(french.stream().allMatch(entry -> entry.focusNode().equals(focusNode)),
                        "every result is on " + focus + ": " + french),
                () -> assertTrue(fromShape.stream().allMatch(entry -> entry.severity() == severity), "severity"),
                () -> assertEquals(MESSAGES.get(shapeNode).get("fr"), fromShape.get(0).message()),
                () -> assertEquals(MESSAGES.get(shapeNode).get("en"), fromShape(english, shapeNode).get(0).message()));
    }

    private static List<ValidationEntry> fromShape(List<ValidationEntry> entries, Node shape) {
        return entries.stream().filter(entry -> entry.sourceShape().equals(shape)).toList();
    }
}
