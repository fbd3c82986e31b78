// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The person and address data we write also conforms to the EU SEMIC Core Person and Core Location application
 * profiles, whose real SHACL shapes are in the shared fixtures.
 */
class SemicConformanceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"semic-core-person/core-person-ap-SHACL.ttl",
            "semic-core-location/core-location-ap-SHACL.ttl"})
    void ourPersonAndAddressConform(String shapesFile) {
        ShapeValidator semic = ShapeValidator.of(parse(fixture(shapesFile)));

        ValidationReport report = semic.validate(Examples.valid(), Locale.ENGLISH);

        assertEquals(List.of(), report.entries());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"semic-core-person/core-person-ap-SHACL.ttl",
            "semic-core-location/core-location-ap-SHACL.ttl"})
    void semicShapesStillCatchAnUntaggedName(String shapesFile) {
        ShapeValidator semic = ShapeValidator.of(parse(fixture(shapesFile)));
        Graph broken = Examples.validAfter(
                "DELETE WHERE { ex:address locn:postName ?n } ; INSERT DATA { ex:address locn:postName \"Lyon\" }");

        ValidationReport report = semic.validate(broken, Locale.ENGLISH);

        assertFalse(report.violations().isEmpty());
    }

    static Path fixture(String relativePath) {
        Path file = Path.of("").toAbsolutePath().resolve("../../shared/fixtures").resolve(relativePath).normalize();
        if (!Files.isRegularFile(file)) {
            fail("Missing shared fixture " + file + ": the tests expect shared/ beside the repository checkout");
        }
        return file;
    }

    static Graph parse(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(graph);
        return graph;
    }
}
