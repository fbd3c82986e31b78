// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

/**
 * The N3 Patches a client sends: insert-only for an append, deletes and inserts for a correction, with every term
 * written out, and never a blank node.
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
                _:patch a solid:InsertDeletePatch ;
                  solid:deletes {
                    <http://127.0.0.1/alice/log.ttl#it> <http://purl.org/dc/terms/title> "Relevé" .
                  } ;
                  solid:inserts {
                    <http://127.0.0.1/alice/log.ttl#it> <http://purl.org/dc/terms/title> "Relevé corrigé" .
                  } .
                """, body);
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
