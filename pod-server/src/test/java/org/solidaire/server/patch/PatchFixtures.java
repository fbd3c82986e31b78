// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.function.Executable;
import org.solidaire.server.problem.ProblemException;

/** The target resource, graphs written in Turtle, and assertions on problems, shared by the patch tests. */
final class PatchFixtures {

    static final String TARGET = "https://pod.example/alice/notes";

    static final String PREFIXES = "@prefix solid: <http://www.w3.org/ns/solid/terms#>.\n"
            + "@prefix ex: <http://example.org/terms#>.\n";

    private PatchFixtures() {
    }

    /** A graph from Turtle, with the target as base and ex: declared. */
    static Graph graph(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("@prefix ex: <http://example.org/terms#>.\n" + turtle, Lang.TURTLE).base(TARGET)
                .parse(graph);
        return graph;
    }

    static Patch parse(String contentType, String body) {
        return Patches.parse(contentType, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), TARGET);
    }

    static Patch n3(String body) {
        return parse(Patches.TEXT_N3, body);
    }

    static Patch sparql(String body) {
        return parse(Patches.SPARQL_UPDATE, body);
    }

    /** Asserts that the action fails with the status and returns the problem. */
    static ProblemException assertProblem(int status, Executable action) {
        ProblemException problem = assertThrows(ProblemException.class, action);
        assertEquals(status, problem.status(), () -> "status, with detail: " + problem.detail());
        return problem;
    }

    /** Asserts that two graphs are the same up to blank node labels, printing both when they are not. */
    static void assertSameGraph(Graph expected, Graph actual) {
        assertTrue(expected.isIsomorphicWith(actual), () -> "expected:\n" + turtle(expected) + "but was:\n"
                + turtle(actual));
    }

    static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static String turtle(Graph graph) {
        return RDFWriter.source(graph).lang(Lang.NTRIPLES).asString();
    }
}
