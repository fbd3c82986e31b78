// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The N3 Patches a client sends: insert-only for an append, deletes and inserts for a correction, written as
 * compact Turtle that reads back to the same triples, and never a blank node.
 */
class N3PatchTest {

    private static final String BASE = "http://127.0.0.1/alice/log.ttl";

    @Test
    void theBodyIsAnInsertDeletePatchThatOnlyInserts() {
        Graph triples = Graphs.turtle(BASE, "<#it> <http://purl.org/dc/terms/title> \"Relevé\"@fr .");

        String body = new String(N3Patch.inserting(triples), StandardCharsets.UTF_8);

        assertEquals("""
                @prefix solid: <http://www.w3.org/ns/solid/terms#> .
                _:patch a solid:InsertDeletePatch ;
                  solid:inserts {
                    <http://127.0.0.1/alice/log.ttl#it> <http://purl.org/dc/terms/title> "Relevé"@fr .
                  } .
                """, body);
    }

    @Test
    void aCorrectionDeletesTheOldValueAndInsertsTheNewWithoutACondition() {
        Graph old = Graphs.turtle(BASE, "<#it> <http://purl.org/dc/terms/title> \"Relevé\" .");
        Graph corrected = Graphs.turtle(BASE, "<#it> <http://purl.org/dc/terms/title> \"Relevé corrigé\" .");

        String body = new String(N3Patch.replacing(old, corrected), StandardCharsets.UTF_8);

        assertEquals("""
                @prefix solid: <http://www.w3.org/ns/solid/terms#> .
                @prefix n1: <http://127.0.0.1/alice/log.ttl#> .
                @prefix n2: <http://purl.org/dc/terms/> .
                _:patch a solid:InsertDeletePatch ;
                  solid:deletes {
                    n1:it n2:title "Relevé" .
                  } ;
                  solid:inserts {
                    n1:it n2:title "Relevé corrigé" .
                  } .
                """, body);
    }

    @Test
    void eachSubjectIsWrittenOnceWithTheGraphsOwnPrefixes() {
        Graph triples = Graphs.turtle(BASE, """
                @prefix dct: <http://purl.org/dc/terms/> .
                <#b> dct:title "B" ; dct:date "2026-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
                <#a> a <http://example.org/Reading> ; dct:title "A" .
                """);

        String body = new String(N3Patch.inserting(triples), StandardCharsets.UTF_8);

        assertEquals("""
                @prefix solid: <http://www.w3.org/ns/solid/terms#> .
                @prefix n1: <http://127.0.0.1/alice/log.ttl#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                _:patch a solid:InsertDeletePatch ;
                  solid:inserts {
                    n1:a a <http://example.org/Reading> ;
                      dct:title "A" .
                    n1:b dct:date "2026-01-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
                      dct:title "B" .
                  } .
                """, body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . <#r> <http://example.org/v> \"1.50\"^^xsd:decimal , "
                + "\"007\"^^xsd:integer , \"-0\"^^xsd:integer , \"1.5E3\"^^xsd:double , \"+.5\"^^xsd:decimal , "
                + "\"1.\"^^xsd:decimal , \"true\"^^xsd:boolean , \"1\"^^xsd:boolean , \"x\"^^xsd:decimal .",
        "<#r> <http://example.org/v> \"deux\\nlignes \\\"citées\\\" ; . }\" , \"été\"@fr , \"\" , \"𝄞\" .",
        "<#r-2026-01-01T00:00:00Z> <http://example.org/a.b#c-d> <http://example.org/a.b#> , "
                + "<http://example.org/x(1)> , <http://example.org/x(2)> , <http://example.org/_y> , "
                + "<http://example.org/%C3%A9> , <http://example.org/%C3%A9t%C3%A9> , <urn:isbn:1> , <urn:isbn:2> .",
        "<#r> <http://example.org/p> <#q> . <#q> <http://example.org/p> <#r> . <http://example.org/> "
                + "<http://example.org/p> <http://example.org/.> ."
    })
    void theFormulaReadsBackAsTheSameTriples(String turtle) {
        Graph triples = Graphs.turtle(BASE, turtle);

        String body = new String(N3Patch.inserting(triples), StandardCharsets.UTF_8);

        assertTrue(triples.isIsomorphicWith(inserted(body)), body);
    }

    /** The inserts formula of a patch, read as Turtle under the patch's prefixes. */
    private static Graph inserted(String body) {
        int formula = body.indexOf("solid:inserts {");
        String prefixes = body.substring(0, body.indexOf("_:patch"));
        String triples = body.substring(formula + "solid:inserts {".length(), body.lastIndexOf('}'));
        return Graphs.turtle("http://unrelated.example/", prefixes + triples);
    }

    @Test
    void aBlankNodeObjectIsRefusedWithTheTriple() {
        Graph triples = Graphs.turtle(BASE, "<#it> <http://example.org/p> [] .");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> N3Patch.inserting(triples));

        assertTrue(refused.getMessage().contains("http://127.0.0.1/alice/log.ttl#it"), refused::getMessage);
    }

    @Test
    void aBlankNodeSubjectIsRefused() {
        Graph triples = Graphs.turtle(BASE, "[] <http://example.org/p> 1 .");

        assertThrows(IllegalArgumentException.class, () -> N3Patch.inserting(triples));
    }
}
