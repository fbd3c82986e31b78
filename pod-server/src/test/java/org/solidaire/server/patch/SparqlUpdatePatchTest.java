// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidaire.server.patch.PatchFixtures.TARGET;
import static org.solidaire.server.patch.PatchFixtures.assertProblem;
import static org.solidaire.server.patch.PatchFixtures.assertSameGraph;
import static org.solidaire.server.patch.PatchFixtures.copy;
import static org.solidaire.server.patch.PatchFixtures.graph;
import static org.solidaire.server.patch.PatchFixtures.sparql;

import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPARQL Update as a PATCH body: the graph update operations, on the target resource only. */
class SparqlUpdatePatchTest {

    private static final String EX = "PREFIX ex: <http://example.org/terms#>\n";

    static Stream<Arguments> appliedUpdates() {
        return Stream.of(
                Arguments.of("INSERT DATA", "<#me> ex:name \"Alice\".",
                        EX + "INSERT DATA { <#me> ex:age 42 }",
                        "<#me> ex:name \"Alice\"; ex:age 42."),
                Arguments.of("DELETE DATA", "<#me> ex:name \"Alice\"; ex:age 42.",
                        EX + "DELETE DATA { <#me> ex:age 42 }",
                        "<#me> ex:name \"Alice\"."),
                Arguments.of("DELETE DATA of an absent triple, which SPARQL allows", "<#me> ex:name \"Alice\".",
                        EX + "DELETE DATA { <#me> ex:age 42 }",
                        "<#me> ex:name \"Alice\"."),
                Arguments.of("DELETE/INSERT ... WHERE", "<#c> ex:givenName \"Claudia\". <#d> ex:givenName \"Claudia\".",
                        EX + "DELETE { ?p ex:givenName \"Claudia\" } INSERT { ?p ex:givenName \"Alex\" }\n"
                                + "WHERE { ?p ex:givenName \"Claudia\" }",
                        "<#c> ex:givenName \"Alex\". <#d> ex:givenName \"Alex\"."),
                Arguments.of("DELETE WHERE", "<#me> ex:nick \"al\", \"ali\"; ex:name \"Alice\".",
                        EX + "DELETE WHERE { <#me> ex:nick ?n }",
                        "<#me> ex:name \"Alice\"."),
                Arguments.of("several operations separated by ;", "<#me> ex:name \"Alice\".",
                        EX + "DELETE DATA { <#me> ex:name \"Alice\" };\nINSERT DATA { <#me> ex:name \"Alicia\" }",
                        "<#me> ex:name \"Alicia\"."),
                Arguments.of("a blank node of INSERT DATA, which is new", "<#me> ex:knows [ ex:name \"Bob\" ].",
                        EX + "INSERT DATA { <#me> ex:knows _:b. _:b ex:name \"Bob\" }",
                        "<#me> ex:knows [ ex:name \"Bob\" ], [ ex:name \"Bob\" ]."),
                Arguments.of("<> and relative IRIs against the target", "",
                        EX + "INSERT DATA { <> ex:sees <#me>, <other>, <../bob/card#me> }",
                        "<> ex:sees <#me>, <other>, <../bob/card#me>."),
                Arguments.of("GRAPH naming the target itself", "",
                        EX + "INSERT DATA { GRAPH <" + TARGET + "> { <#me> ex:age 42 } }",
                        "<#me> ex:age 42."),
                Arguments.of("WITH naming the target itself", "<#me> ex:age 41.",
                        EX + "WITH <> DELETE { <#me> ex:age ?a } INSERT { <#me> ex:age 42 } WHERE { <#me> ex:age ?a }",
                        "<#me> ex:age 42."),
                Arguments.of("INSERT ... WHERE matching nothing, which changes nothing", "<#me> ex:name \"Alice\".",
                        EX + "INSERT { ?x ex:seen true } WHERE { ?x ex:name \"Bob\" }",
                        "<#me> ex:name \"Alice\"."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appliedUpdates")
    void appliesUpdateToResource(String behaviour, String before, String update, String after) {
        Graph target = graph(before);

        sparql(update).applyTo(target);

        assertSameGraph(graph(after), target);
    }

    static Stream<Arguments> refusedUpdates() {
        return Stream.of(
                Arguments.of("INSERT DATA into another graph",
                        "INSERT DATA { GRAPH <https://pod.example/bob/card> { <#a> <#b> 1 } }", "GRAPH"),
                Arguments.of("DELETE DATA from another graph",
                        "DELETE DATA { GRAPH <other> { <#a> <#b> 1 } }", "GRAPH"),
                Arguments.of("a WHERE reading another graph",
                        "INSERT { <#a> <#b> ?o } WHERE { GRAPH <other> { ?s ?p ?o } }", "GRAPH"),
                Arguments.of("a WHERE reading another graph inside FILTER EXISTS",
                        "INSERT { <#a> <#b> 1 } WHERE { ?s ?p ?o FILTER EXISTS { GRAPH <other> { ?s ?p ?o } } }",
                        "GRAPH"),
                Arguments.of("a template writing a graph named by a variable",
                        "INSERT { GRAPH ?g { <#a> <#b> 1 } } WHERE { <#a> <#link> ?g }", "GRAPH ?g"),
                Arguments.of("WITH another graph", "WITH <other> INSERT { <#a> <#b> 1 } WHERE { }", "WITH"),
                Arguments.of("USING another graph", "INSERT { <#a> <#b> ?o } USING <other> WHERE { ?s ?p ?o }",
                        "USING"),
                Arguments.of("SERVICE", "INSERT { <#a> <#b> ?o } WHERE { SERVICE <https://evil.example/sparql> "
                        + "{ ?s ?p ?o } }", "SERVICE"),
                Arguments.of("LOAD", "LOAD <https://evil.example/data.ttl>", "LOAD"),
                Arguments.of("CLEAR", "CLEAR DEFAULT", "CLEAR"),
                Arguments.of("CREATE", "CREATE GRAPH <other>", "CREATE"),
                Arguments.of("DROP", "DROP ALL", "DROP"),
                Arguments.of("COPY", "COPY DEFAULT TO <other>", "COPY"),
                Arguments.of("MOVE", "MOVE <other> TO DEFAULT", "MOVE"),
                Arguments.of("ADD", "ADD <other> TO DEFAULT", "ADD"),
                Arguments.of("a refused operation after an allowed one",
                        "INSERT DATA { <#a> <#b> 1 }; DROP DEFAULT", "DROP"));
    }

    static Stream<Arguments> refusedFunctions() {
        return Stream.of(
                Arguments.of("a java: function, which would load a class by name",
                        "INSERT { <#a> <#b> ?x } WHERE { BIND(<java:org.apache.jena.sparql.function.library.pi>() "
                                + "AS ?x) }", "java:org.apache.jena.sparql.function.library.pi"),
                Arguments.of("a java: class that is no function",
                        "INSERT { <#a> <#b> ?x } WHERE { BIND(<java:java.lang.System>() AS ?x) }",
                        "java:java.lang.System"),
                Arguments.of("a java: property function", "INSERT { <#a> <#b> ?x } WHERE { ?x "
                        + "<java:org.apache.jena.sparql.pfunction.library.splitIRI> (?y ?z) }", "java:"),
                Arguments.of("an unknown function inside FILTER EXISTS", "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o "
                        + "FILTER EXISTS { ?s ?p ?v FILTER(<http://example.org/f>(?v)) } }", "http://example.org/f"));
    }

    @ParameterizedTest(name = "400 for {0}")
    @MethodSource("refusedFunctions")
    void refusesFunctionsThatReachOutsideTheServer(String behaviour, String update, String detailMentions) {
        var problem = assertProblem(400, () -> sparql(update));

        assertTrue(problem.detail().contains(detailMentions), problem.detail());
    }

    @ParameterizedTest(name = "422 for {0}")
    @MethodSource("refusedUpdates")
    void refusesOperationOutsideTheTarget(String behaviour, String update, String detailMentions) {
        var problem = assertProblem(422, () -> sparql(update));

        assertTrue(problem.detail().contains(detailMentions), problem.detail());
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("a missing brace", "INSERT DATA { <#a> <#b> 1 ", 1, 26),
                Arguments.of("an unknown keyword on a later line", EX + "INSERT DATA { <#a> <#b> 1 };\nPUT <x>", 3, 4),
                Arguments.of("an undeclared prefix", "INSERT DATA {\n  nope:a <#b> 1 }", 2, 3),
                Arguments.of("a blank node in DELETE DATA, which SPARQL forbids", "DELETE DATA { _:b <#p> 1 }", 1, 15));
    }

    @ParameterizedTest(name = "400 at line {2}, column {3} for {0}")
    @MethodSource("syntaxErrors")
    void reportsWhereSyntaxIsBroken(String behaviour, String update, long line, long column) {
        var problem = assertProblem(400, () -> sparql(update));

        assertAll(problem.detail(),
                () -> assertEquals(line, problem.extensions().get("line"), "line"),
                () -> assertEquals(column, problem.extensions().get("column"), "column"));
    }

    static Stream<Arguments> accessFlags() {
        return Stream.of(
                Arguments.of("INSERT DATA", "INSERT DATA { <#a> <#b> 1 }", false, true, false),
                Arguments.of("DELETE DATA", "DELETE DATA { <#a> <#b> 1 }", true, false, true),
                Arguments.of("DELETE WHERE", "DELETE WHERE { <#a> <#b> ?o }", true, false, true),
                Arguments.of("INSERT ... WHERE", "INSERT { <#a> <#c> ?o } WHERE { <#a> <#b> ?o }", true, true, false),
                Arguments.of("INSERT ... with an empty WHERE", "INSERT { <#a> <#c> 1 } WHERE { }", false, true, false),
                Arguments.of("DELETE/INSERT ... WHERE",
                        "DELETE { <#a> <#b> ?o } INSERT { <#a> <#c> ?o } WHERE { <#a> <#b> ?o }", true, true, true),
                Arguments.of("INSERT DATA; DELETE DATA", "INSERT DATA { <#a> <#b> 1 }; DELETE DATA { <#a> <#b> 2 }",
                        true, true, true),
                Arguments.of("an empty request", "", false, false, false));
    }

    @ParameterizedTest(name = "{0}: reads={2}, inserts={3}, deletes={4}")
    @MethodSource("accessFlags")
    void tellsWhichAccessModesTheUpdateNeeds(String behaviour, String update, boolean reads, boolean inserts,
            boolean deletes) {
        Patch parsed = sparql(update);

        assertAll(behaviour,
                () -> assertEquals(reads, parsed.reads(), "reads"),
                () -> assertEquals(inserts, parsed.inserts(), "inserts"),
                () -> assertEquals(deletes, parsed.deletes(), "deletes"));
    }

    @Test
    void refusesAListNestedTooDeeplyWithA400SayingSo() {
        String nested = "(".repeat(50_000) + ")".repeat(50_000);

        var problem = assertProblem(400, () -> sparql("INSERT DATA { <#a> <#p> " + nested + " }"));

        assertTrue(problem.detail().contains("nested too deeply"), problem.detail());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appliedUpdates")
    void leavesTheParsedUpdateReusable(String behaviour, String before, String update, String after) {
        Patch parsed = sparql(update);
        Graph first = graph(before);
        Graph second = copy(first);

        parsed.applyTo(first);
        parsed.applyTo(second);

        assertTrue(first.isIsomorphicWith(second), behaviour);
    }
}
