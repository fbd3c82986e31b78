// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.solidaire.server.patch.PatchFixtures.PREFIXES;
import static org.solidaire.server.patch.PatchFixtures.TARGET;
import static org.solidaire.server.patch.PatchFixtures.assertProblem;
import static org.solidaire.server.patch.PatchFixtures.assertSameGraph;
import static org.solidaire.server.patch.PatchFixtures.copy;
import static org.solidaire.server.patch.PatchFixtures.graph;
import static org.solidaire.server.patch.PatchFixtures.parse;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Choosing the patch language from the Content-Type, and keeping the resource whole when a patch fails. */
class PatchesTest {

    private static final String N3_INSERT = PREFIXES
            + "<#patch> a solid:InsertDeletePatch; solid:inserts { <#me> ex:name \"Alice\" }.";

    static Stream<Arguments> acceptedContentTypes() {
        return Stream.of(
                Arguments.of("text/n3", N3_INSERT, N3Patch.class),
                Arguments.of("text/n3; charset=utf-8", N3_INSERT, N3Patch.class),
                Arguments.of("Text/N3 ; charset=ISO-8859-1", N3_INSERT, N3Patch.class),
                Arguments.of("application/sparql-update", "INSERT DATA { <#me> <#name> \"Alice\" }",
                        SparqlUpdatePatch.class),
                Arguments.of("APPLICATION/SPARQL-UPDATE;charset=UTF-8", "INSERT DATA { <#me> <#name> \"Alice\" }",
                        SparqlUpdatePatch.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedContentTypes")
    void choosesTheLanguageFromTheMediaTypeIgnoringParameters(String contentType, String body, Class<?> kind) {
        assertInstanceOf(kind, parse(contentType, body));
    }

    @ParameterizedTest(name = "415 for {0}")
    @NullSource
    @ValueSource(strings = {"", "text/turtle", "application/json-patch+json", "application/ld+json", "text/n3x"})
    void refusesOtherMediaTypesWithAcceptPatch(String contentType) {
        var problem = assertProblem(415, () -> parse(contentType, N3_INSERT));

        assertEquals("text/n3, application/sparql-update", problem.headers().get("Accept-Patch"));
    }

    @Test
    void refusesABodyThatIsNotUtf8() {
        byte[] latin1 = {'I', 'N', 'S', 'E', 'R', 'T', ' ', (byte) 0xE9};

        assertProblem(400, () -> Patches.parse("application/sparql-update", new ByteArrayInputStream(latin1),
                TARGET));
    }

    @Test
    void acceptsAByteOrderMark() {
        Graph target = graph("");

        parse("text/n3", "\uFEFF" + N3_INSERT).applyTo(target);

        assertSameGraph(graph("<#me> ex:name \"Alice\"."), target);
    }

    static Stream<Arguments> failingPatches() {
        String n3Prefix = PREFIXES + "<#patch> a solid:InsertDeletePatch; ";
        return Stream.of(
                Arguments.of("an N3 Patch whose deletion is partly absent", "text/n3", n3Prefix
                        + "solid:deletes { <#me> ex:name \"Alice\". <#me> ex:age 7 };"
                        + " solid:inserts { <#me> ex:age 8 }."),
                Arguments.of("an N3 Patch whose conditions match twice", "text/n3", n3Prefix
                        + "solid:where { ?x ex:name ?n }; solid:deletes { ?x ex:name ?n }."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingPatches")
    void leavesTheResourceUnchangedWhenAPatchFails(String behaviour, String contentType, String body) {
        Graph target = graph("<#me> ex:name \"Alice\". <#you> ex:name \"Bob\".");
        Graph unchanged = copy(target);

        assertProblem(409, () -> parse(contentType, body).applyTo(target));

        assertSameGraph(unchanged, target);
    }

    static Stream<Arguments> insertedIrisThatAreNotWellFormed() {
        String n3Prefix = PREFIXES + "<#patch> a solid:InsertDeletePatch; ";
        return Stream.of(
                Arguments.of("text/n3", n3Prefix + "solid:inserts { <#me> ex:home <http://example.org/a|b> }."),
                Arguments.of("text/n3", n3Prefix + "solid:where { ?x ex:name \"Alice\" };"
                        + " solid:inserts { ?x ex:home <http://example.org/%zz> }."),
                Arguments.of("application/sparql-update",
                        "INSERT DATA { <#me> <http://example.org/terms#home> <http://[example.org/> }"),
                Arguments.of("application/sparql-update", "PREFIX ex: <http://example.org/terms#>\n"
                        + "INSERT { ?x ex:home <http://example.org/%zz> } WHERE { ?x ex:name \"Alice\" }"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("insertedIrisThatAreNotWellFormed")
    void aPatchInsertingAnIriThatIsNotWellFormedIsABadRequest(String contentType, String body) {
        var problem = assertProblem(400, () -> parse(contentType, body));

        assertTrue(problem.detail().contains("not a well-formed IRI"), problem.detail());
    }

    static Stream<Arguments> patchesOfEveryKind() {
        return Stream.of(
                Arguments.of("N3 Patch", "text/n3", PREFIXES + "<#patch> a solid:InsertDeletePatch; "
                        + "solid:deletes { <#me> ex:name \"Alice\" }; solid:inserts { <#me> ex:a 1, 2, 3 }."),
                Arguments.of("SPARQL Update", "application/sparql-update", "PREFIX ex: <http://example.org/terms#>\n"
                        + "DELETE DATA { <#me> ex:name \"Alice\" }; INSERT DATA { <#me> ex:a 1, 2, 3 }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patchesOfEveryKind")
    void undoesWhatItDidWhenTheGraphFailsPartWay(String behaviour, String contentType, String body) {
        Graph stored = graph("<#me> ex:name \"Alice\".");
        Graph unchanged = copy(stored);
        Graph failing = new GraphFailingOnSecondAdd(stored);

        assertThrows(AddDeniedException.class, () -> parse(contentType, body).applyTo(failing));

        assertSameGraph(unchanged, stored);
    }

    /** A store that accepts one addition and then fails, as a full disk or a broken transaction would. */
    private static final class GraphFailingOnSecondAdd extends GraphWrapper {

        private final AtomicInteger additions = new AtomicInteger();

        GraphFailingOnSecondAdd(Graph graph) {
            super(graph);
        }

        @Override
        public void add(Triple triple) {
            if (additions.incrementAndGet() == 2) {
                throw new AddDeniedException("the store is full");
            }
            super.add(triple);
        }
    }
}
