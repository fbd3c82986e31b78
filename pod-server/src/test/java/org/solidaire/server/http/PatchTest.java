// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidaire.server.TestServer;

/** PATCH over HTTP with N3 Patch and SPARQL Update (Solid Protocol §5.3.1). */
class PatchTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    private static final String PREFIXES = "@prefix solid: <http://www.w3.org/ns/solid/terms#>.\n"
            + "@prefix ex: <http://example.org/>.\n";

    @Test
    void anN3PatchInsertsIntoAnExistingDocument() {
        SERVER.put("alice/patch/n3.ttl", "text/turtle", "<#a> <http://example.org/p> 1 .");

        HttpResponse<String> patch = SERVER.patch("alice/patch/n3.ttl", "text/n3", PREFIXES
                + "_:p a solid:InsertDeletePatch; solid:inserts { <#a> ex:q 2 }.");

        assertEquals(204, patch.statusCode(), patch.body());
        String body = SERVER.get("alice/patch/n3.ttl", "application/n-triples").body();
        assertTrue(body.contains("<http://example.org/q> \"2\"") || body.contains("<http://example.org/q> 2"), body);
    }

    @Test
    void anN3PatchWithConditionsReplacesAValue() {
        SERVER.put("alice/patch/counter.ttl", "text/turtle", "<#c> <http://example.org/count> 1 .");

        HttpResponse<String> patch = SERVER.patch("alice/patch/counter.ttl", "text/n3", PREFIXES
                + "_:p a solid:InsertDeletePatch; solid:where { ?c ex:count ?n };"
                + " solid:deletes { ?c ex:count ?n }; solid:inserts { ?c ex:count 2 }.");

        assertEquals(204, patch.statusCode(), patch.body());
        String body = SERVER.get("alice/patch/counter.ttl", "application/n-triples").body();
        assertAll(
                () -> assertTrue(body.contains("\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>"), body),
                () -> assertFalse(body.contains("\"1\"^^"), body));
    }

    @Test
    void patchCreatesAMissingResourceAndItsContainers() {
        HttpResponse<String> patch = SERVER.patch("alice/patch/new/created.ttl", "application/sparql-update",
                "INSERT DATA { <#x> <http://example.org/p> \"new\" }");

        assertEquals(201, patch.statusCode(), patch.body());
        assertEquals(200, SERVER.get("alice/patch/new/", "text/turtle").statusCode());
    }

    @Test
    void aPatchInAnotherCharsetIsToldItsFormatIsUtf8AndChangesNothing() {
        SERVER.put("alice/patch/latin.ttl", "text/turtle", "<#a> <http://example.org/p> 1 .");
        String before = SERVER.get("alice/patch/latin.ttl", "application/n-triples").body();
        byte[] latin1 = (PREFIXES + "_:p a solid:InsertDeletePatch; solid:inserts { <#a> ex:q \"\u00e9t\u00e9\" }.")
                .getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> patch = SERVER.send(SERVER.request("alice/patch/latin.ttl")
                .header("Content-Type", "text/n3; charset=iso-8859-1")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(latin1)).build());

        assertEquals(400, patch.statusCode(), patch.body());
        assertTrue(patch.body().contains("text/n3 is always UTF-8") && patch.body().contains("iso-8859-1"),
                patch.body());
        assertEquals(before, SERVER.get("alice/patch/latin.ttl", "application/n-triples").body());
    }

    static Stream<Arguments> failingPatches() {
        return Stream.of(
                Arguments.of("text/n3", PREFIXES + "_:p a solid:InsertDeletePatch; solid:where { ?x ex:none ?y };"
                        + " solid:inserts { ?x ex:q 1 }.", 409),
                Arguments.of("text/n3", PREFIXES + "_:p a solid:InsertDeletePatch; solid:deletes { <#a> ex:p 99 }.",
                        409),
                Arguments.of("text/n3", PREFIXES + "_:p solid:inserts { <#a> ex:q 1 }.", 422),
                Arguments.of("text/n3", PREFIXES + "_:p a solid:InsertDeletePatch; solid:inserts { <#a> ex:q", 400),
                Arguments.of("application/sparql-update", "INSERT DATA { GRAPH <http://other/> { <#a> <#b> 1 } }", 422),
                Arguments.of("application/sparql-update", "INSERT DATA { <#a> <#b> ", 400),
                Arguments.of("text/n3", PREFIXES + "_:p a solid:InsertDeletePatch; solid:inserts { <#a> ex:q "
                        + "\"x\"@abcdefghi }.", 400),
                Arguments.of("text/n3", PREFIXES + "_:p a solid:InsertDeletePatch; solid:where { ?a ex:p ?v }; "
                        + "solid:inserts { ?a ex:q \"x\"@en-US-x-abcdefghi }.", 400),
                Arguments.of("application/sparql-update", "INSERT DATA { <#a> <#b> \"x\"@abcdefghi }", 400),
                Arguments.of("application/sparql-update", "INSERT { ?a <#b> \"x\"@abcdefghi } WHERE { ?a ?p ?o }",
                        400),
                Arguments.of("application/json", "{}", 415));
    }

    @ParameterizedTest(name = "{0} answers {2}")
    @MethodSource("failingPatches")
    void failingPatchesChangeNothing(String contentType, String body, int status) {
        SERVER.put("alice/patch/stable.ttl", "text/turtle", "<#a> <http://example.org/p> 1 .");
        String before = SERVER.get("alice/patch/stable.ttl", "application/n-triples").body();

        HttpResponse<String> patch = SERVER.patch("alice/patch/stable.ttl", contentType, body);

        assertEquals(status, patch.statusCode(), patch.body());
        assertEquals("application/problem+json", patch.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(before, SERVER.get("alice/patch/stable.ttl", "application/n-triples").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"e n", "a-", "abcdefghi"})
    void aSparqlUpdateMakesNoLiteralWithALanguageTagThatIsNotWellFormed(String tag) {
        SERVER.put("alice/patch/tags.ttl", "text/turtle", "<#a> <http://example.org/p> 1 .");
        String before = SERVER.get("alice/patch/tags.ttl", "text/turtle").body();

        HttpResponse<String> patch = SERVER.patch("alice/patch/tags.ttl", "application/sparql-update",
                "INSERT { ?s <http://example.org/q> ?l } WHERE { ?s ?p ?o BIND(STRLANG(\"x\", \"" + tag
                        + "\") AS ?l) }");

        assertEquals(204, patch.statusCode(), patch.body());
        HttpResponse<String> after = SERVER.get("alice/patch/tags.ttl", "text/turtle");
        assertEquals(before, after.body());
        assertEquals(204, SERVER.put("alice/patch/tags.ttl", "text/turtle", after.body()).statusCode());
    }

    @Test
    void aPatchCannotAddContainmentTriples() {
        SERVER.put("alice/patch/box/", "text/turtle", "");

        HttpResponse<String> patch = SERVER.patch("alice/patch/box/", "application/sparql-update",
                "INSERT DATA { <> <http://www.w3.org/ns/ldp#contains> <http://example.org/fake> }");

        assertEquals(409, patch.statusCode());
    }

    @Test
    void aContainerCannotStateTheModificationTimesAndSizesOfItsListing() {
        SERVER.put("alice/patch/stats/member.txt", "text/plain", "bytes");
        String before = SERVER.get("alice/patch/stats/", "application/n-triples").body();

        HttpResponse<String> ownTime = SERVER.patch("alice/patch/stats/", "application/sparql-update",
                "INSERT DATA { <> <http://purl.org/dc/terms/modified> "
                + "\"2000-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> }");
        HttpResponse<String> memberSize = SERVER.patch("alice/patch/stats/", "application/sparql-update",
                "INSERT DATA { <member.txt> <http://www.w3.org/ns/posix/stat#size> 5 }");
        HttpResponse<String> put = SERVER.put("alice/patch/stats/", "text/turtle",
                "<member.txt> <http://www.w3.org/ns/posix/stat#mtime> 1 .");
        String after = SERVER.get("alice/patch/stats/", "application/n-triples").body();
        HttpResponse<String> elsewhere = SERVER.patch("alice/patch/stats/", "application/sparql-update",
                "INSERT DATA { <member.txt#it> <http://purl.org/dc/terms/modified> \"then\" }");

        assertAll(
                () -> assertEquals(409, ownTime.statusCode(), ownTime.body()),
                () -> assertEquals(409, memberSize.statusCode(), memberSize.body()),
                () -> assertEquals(409, put.statusCode(), put.body()),
                () -> assertEquals(before, after),
                () -> assertEquals(204, elsewhere.statusCode(), elsewhere.body()));
    }

    @Test
    void aBinaryCannotBePatchedAndDoesNotOfferPatch() {
        SERVER.put("alice/patch/blob.txt", "text/plain", "bytes");
        HttpResponse<String> get = SERVER.get("alice/patch/blob.txt", "*/*");

        HttpResponse<String> patch = SERVER.patch("alice/patch/blob.txt", "application/sparql-update",
                "INSERT DATA { <#a> <#b> 1 }");

        assertAll(
                () -> assertFalse(get.headers().firstValue("Accept-Patch").isPresent(), get.headers().toString()),
                () -> assertFalse(get.headers().firstValue("Allow").orElseThrow().contains("PATCH")),
                () -> assertEquals(405, patch.statusCode(), patch.body()),
                () -> assertEquals("application/problem+json", patch.headers().firstValue("Content-Type")
                        .orElseThrow()),
                () -> assertFalse(patch.headers().firstValue("Allow").orElseThrow().contains("PATCH")),
                () -> assertTrue(patch.headers().firstValue("Allow").orElseThrow().contains("PUT")),
                () -> assertFalse(patch.headers().firstValue("Accept-Patch").isPresent()),
                () -> assertEquals("bytes", SERVER.get("alice/patch/blob.txt", "*/*").body()));
    }

    @Test
    void rdfResourcesOfferPatch() {
        SERVER.put("alice/patch/offered.ttl", "text/turtle", "<#a> <#b> 1 .");
        HttpResponse<String> get = SERVER.get("alice/patch/offered.ttl", "text/turtle");

        assertAll(
                () -> assertTrue(get.headers().firstValue("Accept-Patch").orElseThrow().contains("text/n3")),
                () -> assertTrue(get.headers().firstValue("Allow").orElseThrow().contains("PATCH")));
    }
}
