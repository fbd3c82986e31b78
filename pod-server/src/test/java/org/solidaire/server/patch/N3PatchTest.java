// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidaire.server.patch.PatchFixtures.PREFIXES;
import static org.solidaire.server.patch.PatchFixtures.assertProblem;
import static org.solidaire.server.patch.PatchFixtures.assertSameGraph;
import static org.solidaire.server.patch.PatchFixtures.copy;
import static org.solidaire.server.patch.PatchFixtures.graph;
import static org.solidaire.server.patch.PatchFixtures.n3;

import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** N3 Patch as Solid Protocol 0.11 §5.3.1 defines it: structure, conditions, deletions, insertions. */
class N3PatchTest {

    private static final String PATCH = PREFIXES + "<#patch> a solid:InsertDeletePatch";

    static Stream<Arguments> appliedPatches() {
        return Stream.of(
                Arguments.of("inserts into an empty resource", "",
                        PATCH + "; solid:inserts { <#me> ex:name \"Alice\" }.",
                        "<#me> ex:name \"Alice\"."),
                Arguments.of("inserts next to existing triples", "<#me> ex:name \"Alice\".",
                        PATCH + "; solid:inserts { <#me> ex:age 42 }.",
                        "<#me> ex:name \"Alice\"; ex:age 42."),
                Arguments.of("renames with the example of the specification",
                        "<#c> ex:familyName \"Garcia\"; ex:givenName \"Claudia\". <#d> ex:familyName \"Smith\".",
                        PREFIXES + "_:rename a solid:InsertDeletePatch;\n"
                                + "  solid:where   { ?person ex:familyName \"Garcia\". };\n"
                                + "  solid:inserts { ?person ex:givenName \"Alex\". };\n"
                                + "  solid:deletes { ?person ex:givenName \"Claudia\". }.",
                        "<#c> ex:familyName \"Garcia\"; ex:givenName \"Alex\". <#d> ex:familyName \"Smith\"."),
                Arguments.of("deletes a triple without conditions", "<#me> ex:name \"Alice\"; ex:age 42.",
                        PATCH + "; solid:deletes { <#me> ex:age 42 }.",
                        "<#me> ex:name \"Alice\"."),
                Arguments.of("inserts statements that read as Turtle, final dot and all", "",
                        PATCH + "; solid:inserts { <#r> a ex:Reading; ex:value 1.5, \"un\"@fr;\n"
                                + " ex:at \"2024-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>.\n"
                                + " <#s> ex:next <#r>; ex:note \"no @prefix here\". }.",
                        "<#r> a ex:Reading; ex:value 1.5, \"un\"@fr;"
                                + " ex:at \"2024-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>."
                                + " <#s> ex:next <#r>; ex:note \"no @prefix here\"."),
                Arguments.of("inserts terms named like directives", "",
                        PATCH + "; solid:inserts { <#database> ex:prefix <#base>; ex:Base \"PREFIX base\" }.",
                        "<#database> ex:prefix <#base>; ex:Base \"PREFIX base\"."),
                Arguments.of("deletes and inserts the same triple, which stays",
                        "<#me> ex:name \"Alice\".",
                        PATCH + "; solid:deletes { <#me> ex:name \"Alice\" };"
                                + " solid:inserts { <#me> ex:name \"Alice\" }.",
                        "<#me> ex:name \"Alice\"."));
    }

    static Stream<Arguments> conditionalPatches() {
        return Stream.of(
                Arguments.of("matches a condition without variables", "<#me> ex:name \"Alice\".",
                        PATCH + "; solid:where { <#me> ex:name \"Alice\" }; solid:inserts { <#me> ex:age 1 }.",
                        "<#me> ex:name \"Alice\"; ex:age 1."),
                Arguments.of("treats a blank node of the conditions as existential",
                        "<#me> ex:knows [ ex:name \"Bob\" ], [ ex:name \"Carol\" ].",
                        PATCH + "; solid:where { ?me ex:knows _:someone. _:someone ex:name \"Bob\" };"
                                + " solid:inserts { ?me ex:knowsBob true }.",
                        "<#me> ex:knows [ ex:name \"Bob\" ], [ ex:name \"Carol\" ]; ex:knowsBob true."),
                Arguments.of("reaches a blank node of the resource through a variable",
                        "<#me> ex:address [ ex:city \"Ghent\" ].",
                        PATCH + "; solid:where { <#me> ex:address ?a. ?a ex:city \"Ghent\" };"
                                + " solid:deletes { ?a ex:city \"Ghent\" }; solid:inserts { ?a ex:city \"Paris\" }.",
                        "<#me> ex:address [ ex:city \"Paris\" ]."),
                Arguments.of("binds a variable in predicate position", "<#me> ex:nick \"al\".",
                        PATCH + "; solid:where { <#me> ?p \"al\" }; solid:deletes { <#me> ?p \"al\" }.",
                        ""));
    }

    static Stream<Arguments> patchesInEverySyntax() {
        return Stream.of(
                Arguments.of("accepts empty formulae", "<#me> ex:name \"Alice\".",
                        PATCH + "; solid:where {}; solid:deletes { }; solid:inserts {}.",
                        "<#me> ex:name \"Alice\"."),
                Arguments.of("resolves <>, fragments and relative IRIs against the target", "",
                        PATCH + "; solid:inserts { <> ex:sees <#me>, <other>, <../bob/card#me> }.",
                        "<> ex:sees <#me>, <other>, <../bob/card#me>."),
                Arguments.of("follows a BASE declared in the document", "",
                        "PREFIX solid: <http://www.w3.org/ns/solid/terms#>\nBASE <https://other.example/dir/>\n"
                                + "<#patch> a solid:InsertDeletePatch; solid:inserts { <a> <p> <#b> }.",
                        "<https://other.example/dir/a> <https://other.example/dir/p> <https://other.example/dir/#b>."),
                Arguments.of("reads PREFIX, a, datatypes, language tags and lists of objects", "",
                        "PREFIX solid: <http://www.w3.org/ns/solid/terms#>\n"
                                + "PREFIX ex: <http://example.org/terms#>\n"
                                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                                + "[] a solid:InsertDeletePatch; solid:inserts {\n"
                                + "  <#me> a ex:Person; ex:born \"1990-01-01\"^^xsd:date;\n"
                                + "      ex:label \"Alice\"@en, \"Alicia\"@es; ex:ok true; ex:score 1.5 .\n"
                                + "}.",
                        "<#me> a ex:Person; ex:born \"1990-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>;"
                                + " ex:label \"Alice\"@en, \"Alicia\"@es; ex:ok true; ex:score 1.5 ."),
                Arguments.of("ignores braces in strings, IRIs' neighbours and comments", "",
                        PATCH + "; # a comment with { and }\n"
                                + "  solid:inserts { <#me> ex:note \"{not a formula}\", \"\"\"}\n{\"\"\" }.",
                        "<#me> ex:note \"{not a formula}\", \"}\\n{\"."),
                Arguments.of("accepts solid:Patch as a second type", "",
                        PATCH + ", solid:Patch; solid:inserts { <#me> ex:name \"Alice\" }.",
                        "<#me> ex:name \"Alice\"."),
                Arguments.of("accepts a patch resource written as [ ... ]", "",
                        PREFIXES + "[ a solid:InsertDeletePatch; solid:inserts { <#me> ex:name \"Alice\" } ].",
                        "<#me> ex:name \"Alice\"."),
                Arguments.of("keeps other triples of the document out of the patch", "",
                        PATCH + "; solid:inserts { <#me> ex:name \"Alice\" }.\n<#patch> ex:comment \"hello\".",
                        "<#me> ex:name \"Alice\"."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"appliedPatches", "conditionalPatches", "patchesInEverySyntax"})
    void appliesPatchToResource(String behaviour, String before, String patch, String after) {
        Graph target = graph(before);

        n3(patch).applyTo(target);

        assertSameGraph(graph(after), target);
    }

    static Stream<Arguments> conflictingPatches() {
        return Stream.of(
                Arguments.of("conditions that match nothing", "<#me> ex:name \"Alice\".",
                        PATCH + "; solid:where { ?x ex:name \"Bob\" }; solid:inserts { ?x ex:age 1 }."),
                Arguments.of("conditions that match twice",
                        "<#a> ex:familyName \"Garcia\". <#b> ex:familyName \"Garcia\".",
                        PATCH + "; solid:where { ?x ex:familyName \"Garcia\" }; solid:inserts { ?x ex:seen true }."),
                Arguments.of("a ground condition that is absent", "",
                        PATCH + "; solid:where { <#me> ex:name \"Alice\" }; solid:inserts { <#me> ex:age 1 }."),
                Arguments.of("a deletion of an absent triple", "<#me> ex:name \"Alice\".",
                        PATCH + "; solid:deletes { <#me> ex:name \"Alice\". <#me> ex:age 42 }."),
                Arguments.of("a deletion that the mapping makes absent", "<#me> ex:name \"Alice\".",
                        PATCH + "; solid:where { ?x ex:name \"Alice\" }; solid:deletes { ?x ex:age 42 }."),
                Arguments.of("an insertion whose subject the mapping makes a literal", "<#me> ex:name \"Alice\".",
                        PATCH + "; solid:where { <#me> ex:name ?n }; solid:inserts { ?n ex:length 5 }."));
    }

    @ParameterizedTest(name = "409 for {0}, resource unchanged")
    @MethodSource("conflictingPatches")
    void answersConflictAndLeavesResourceUnchanged(String behaviour, String before, String patch) {
        Graph target = graph(before);
        Graph unchanged = copy(target);
        Patch parsed = n3(patch);

        assertProblem(409, () -> parsed.applyTo(target));

        assertSameGraph(unchanged, target);
    }

    static Stream<Arguments> invalidPatches() {
        return Stream.of(
                Arguments.of("two patch resources", PATCH + "; solid:inserts { <#a> ex:p 1 }.\n"
                        + "<#other> a solid:InsertDeletePatch; solid:inserts { <#b> ex:p 2 }.", "exactly one"),
                Arguments.of("no patch resource", PREFIXES + "<#me> ex:name \"Alice\".", "no patch resource"),
                Arguments.of("a missing type", PREFIXES + "<#patch> solid:inserts { <#a> ex:p 1 }.",
                        "solid:InsertDeletePatch"),
                Arguments.of("only the type solid:Patch", PREFIXES
                        + "<#patch> a solid:Patch; solid:inserts { <#a> ex:p 1 }.", "solid:InsertDeletePatch"),
                Arguments.of("two solid:inserts", PATCH + "; solid:inserts { <#a> ex:p 1 }, { <#a> ex:p 2 }.",
                        "at most one"),
                Arguments.of("two solid:where", PATCH + "; solid:where { ?a ex:p 1 }; solid:where { ?a ex:p 2 }.",
                        "at most one"),
                Arguments.of("an object that is not a formula", PATCH + "; solid:inserts <#a>.", "formula"),
                Arguments.of("a formula as patch resource", PREFIXES + "{ <#a> ex:p 1 } solid:inserts { <#a> ex:p 2 }.",
                        "IRI or a blank node"),
                Arguments.of("a nested formula", PATCH + "; solid:inserts { <#a> ex:p { <#b> ex:p 1 } }.",
                        "another formula"),
                Arguments.of("a variable in solid:inserts not bound by solid:where",
                        PATCH + "; solid:where { ?a ex:p 1 }; solid:inserts { ?a ex:q ?b }.", "?b"),
                Arguments.of("a variable in solid:deletes without solid:where",
                        PATCH + "; solid:deletes { ?a ex:p 1 }.", "?a"),
                Arguments.of("a blank node in solid:inserts written as Turtle",
                        PATCH + "; solid:inserts { <#me> ex:knows [ ex:name \"Bob\" ]. }.", "blank nodes"),
                Arguments.of("a labelled blank node in solid:inserts",
                        PATCH + "; solid:inserts { <#me> ex:knows _:b. _:b ex:name \"Bob\" }.", "blank nodes"),
                Arguments.of("an anonymous blank node in solid:inserts",
                        PATCH + "; solid:inserts { <#me> ex:knows [ ex:name \"Bob\" ] }.", "blank nodes"),
                Arguments.of("a collection in solid:inserts", PATCH + "; solid:inserts { <#me> ex:list (1 2) }.",
                        "blank nodes"),
                Arguments.of("a blank node in solid:deletes",
                        PATCH + "; solid:deletes { _:b ex:name \"Bob\" }.", "blank nodes"),
                Arguments.of("a FILTER in a formula", PATCH + "; solid:where { ?a ex:p ?n FILTER(?n > 1) }.",
                        "only of triples"),
                Arguments.of("a property path in a formula", PATCH + "; solid:where { ?a ex:p/ex:q ?n }.",
                        "only of triples"),
                Arguments.of("a literal subject in solid:inserts", PATCH + "; solid:inserts { \"a\" ex:p 1 }.",
                        "not an RDF triple"));
    }

    @ParameterizedTest(name = "422 for {0}")
    @MethodSource("invalidPatches")
    void refusesInvalidPatch(String behaviour, String patch, String detailMentions) {
        var problem = assertProblem(422, () -> n3(patch));

        assertTrue(problem.detail().contains(detailMentions), problem.detail());
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("an error inside a formula", PATCH + ";\n  solid:inserts { <#a> <#b> <#c> <#d> }.", 4, 34),
                Arguments.of("an error inside a formula of a document with CRLF line ends",
                        PATCH.replace("\n", "\r\n") + ";\r\n  solid:inserts { <#a> <#b>\r\n <#c> <#d> }.", 5, 7),
                Arguments.of("an undeclared prefix inside a formula",
                        PATCH + ";\n  solid:inserts {\n    nope:a <#b> 1 }.", 5, 5),
                Arguments.of("an error after a formula on the same line",
                        PATCH + "; solid:inserts { <#a> <#b> 1 } <#oops> .", 3, 67),
                Arguments.of("an error on a line after a multi-line formula",
                        PATCH + "; solid:inserts {\n <#a> <#b> 1\n }.\n<#x> <#y> .", 6, 11),
                Arguments.of("a formula that is never closed", PATCH + ";\n  solid:inserts { <#a> <#b> 1 .", 4, 17),
                Arguments.of("a brace that closes nothing", PATCH + " }.", 3, 36),
                Arguments.of("a Notation3 rule",
                        PATCH + "; solid:inserts { <#a> <#b> 1 }.\n{ ?a ?b ?c } => { ?a ?b 2 }.", 4, 14),
                Arguments.of("a space in an IRI", PREFIXES + "<#patch> a <bad iri>.", 3, 17));
    }

    @ParameterizedTest(name = "400 at line {2}, column {3} for {0}")
    @MethodSource("syntaxErrors")
    void reportsWhereSyntaxIsBroken(String behaviour, String patch, long line, long column) {
        var problem = assertProblem(400, () -> n3(patch));

        assertAll(problem.detail(),
                () -> assertEquals(line, problem.extensions().get("line"), "line"),
                () -> assertEquals(column, problem.extensions().get("column"), "column"),
                () -> assertTrue(problem.detail().contains("line " + line + ", column " + column), "detail"));
    }

    /** Turtle's parser recurses into each list; a deep enough nesting exhausts the request thread's stack. */
    @Test
    void refusesAListNestedTooDeeplyWithA400() {
        String nested = "(".repeat(50_000) + ")".repeat(50_000);

        var problem = assertProblem(400, () -> n3(PATCH + "; solid:inserts { <#a> ex:p " + nested + " }."));

        assertTrue(problem.detail().contains("nested too deeply"), problem.detail());
    }

    static Stream<Arguments> accessFlags() {
        return Stream.of(
                Arguments.of("inserts only", PATCH + "; solid:inserts { <#a> ex:p 1 }.", false, true, false),
                Arguments.of("deletes only", PATCH + "; solid:deletes { <#a> ex:p 1 }.", true, false, true),
                Arguments.of("conditions only", PATCH + "; solid:where { ?a ex:p 1 }.", true, false, false),
                Arguments.of("conditions and insertions",
                        PATCH + "; solid:where { ?a ex:p 1 }; solid:inserts { ?a ex:q 1 }.", true, true, false),
                Arguments.of("all three",
                        PATCH + "; solid:where { ?a ex:p 1 }; solid:deletes { ?a ex:p 1 };"
                                + " solid:inserts { ?a ex:p 2 }.",
                        true, true, true),
                Arguments.of("empty formulae", PATCH + "; solid:where {}; solid:deletes {}; solid:inserts {}.",
                        false, false, false));
    }

    @ParameterizedTest(name = "{0}: reads={2}, inserts={3}, deletes={4}")
    @MethodSource("accessFlags")
    void tellsWhichAccessModesThePatchNeeds(String behaviour, String patch, boolean reads, boolean inserts,
            boolean deletes) {
        Patch parsed = n3(patch);

        assertAll(behaviour,
                () -> assertEquals(reads, parsed.reads(), "reads"),
                () -> assertEquals(inserts, parsed.inserts(), "inserts"),
                () -> assertEquals(deletes, parsed.deletes(), "deletes"));
    }

    @Test
    void appliesTheSamePatchToSeveralResourcesIndependently() {
        Patch patch = n3(PATCH + "; solid:where { ?x ex:name \"Alice\" }; solid:inserts { ?x ex:seen true }.");
        Graph first = graph("<#a> ex:name \"Alice\".");
        Graph second = graph("<#b> ex:name \"Alice\".");

        patch.applyTo(first);
        patch.applyTo(second);

        assertSameGraph(graph("<#a> ex:name \"Alice\"; ex:seen true."), first);
        assertSameGraph(graph("<#b> ex:name \"Alice\"; ex:seen true."), second);
    }

    @Test
    void keepsTheBlankNodeOfTheResourceThatAVariableReaches() {
        Graph target = graph("<#me> ex:address [ ex:city \"Ghent\" ].");
        Node address = target.find(Node.ANY, NodeFactory.createURI("http://example.org/terms#city"), Node.ANY)
                .next().getSubject();

        n3(PATCH + "; solid:where { ?a ex:city \"Ghent\" }; solid:inserts { ?a ex:zip \"9000\" }.").applyTo(target);

        assertTrue(target.contains(Triple.create(address, NodeFactory.createURI("http://example.org/terms#zip"),
                NodeFactory.createLiteralString("9000"))));
        assertFalse(target.isEmpty());
    }
}
