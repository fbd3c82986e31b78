// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.TestServer;

/** Creating, reading, replacing and deleting documents, binaries and containers (Solid Protocol §5). */
class ResourceLifecycleTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    private static final String TURTLE = "@prefix ex: <http://example.org/> . <#it> ex:value 1 .";

    @Test
    void putCreatesAnRdfDocumentThatGetReturns() {
        HttpResponse<String> put = SERVER.put("alice/life/doc.ttl", "text/turtle", TURTLE);
        HttpResponse<String> get = SERVER.get("alice/life/doc.ttl", "text/turtle");

        assertAll(
                () -> assertEquals(201, put.statusCode()),
                () -> assertEquals(200, get.statusCode()),
                () -> assertTrue(get.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle")),
                () -> assertTrue(get.body().contains("<" + SERVER.url("alice/life/doc.ttl#it") + ">"), get.body()));
    }

    @Test
    void putOnAnExistingDocumentReplacesIt() {
        SERVER.put("alice/life/replace.ttl", "text/turtle", TURTLE);
        HttpResponse<String> second = SERVER.put("alice/life/replace.ttl", "text/turtle",
                "<#other> <http://example.org/value> 2 .");

        assertEquals(204, second.statusCode());
        String body = SERVER.get("alice/life/replace.ttl", "application/n-triples").body();
        assertAll(
                () -> assertTrue(body.contains("replace.ttl#other"), body),
                () -> assertFalse(body.contains("replace.ttl#it"), body));
    }

    @Test
    void putCreatesTheIntermediateContainersWithTheirContainment() {
        assertEquals(201, SERVER.put("alice/a/b/c/deep.ttl", "text/turtle", TURTLE).statusCode());

        for (String container : new String[] {"alice/a/", "alice/a/b/", "alice/a/b/c/"}) {
            HttpResponse<String> listing = SERVER.get(container, "application/n-triples");
            assertEquals(200, listing.statusCode(), container);
        }
        String parent = SERVER.get("alice/a/b/", "application/n-triples").body();
        assertTrue(parent.contains("<" + SERVER.url("alice/a/b/") + "> <http://www.w3.org/ns/ldp#contains> <"
                + SERVER.url("alice/a/b/c/") + ">"), parent);
    }

    @Test
    void binaryContentIsStoredAsSentWithItsMediaType() {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        HttpResponse<String> put = SERVER.send(SERVER.request("alice/life/blob.bin")
                .header("Content-Type", "application/x-custom")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        HttpResponse<byte[]> get = SERVER.sendForBytes(SERVER.request("alice/life/blob.bin").GET().build());

        assertAll(
                () -> assertEquals(201, put.statusCode()),
                () -> assertEquals(200, get.statusCode()),
                () -> assertEquals("application/x-custom", get.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertTrue(java.util.Arrays.equals(bytes, get.body())));
    }

    static Stream<Arguments> twins() {
        return Stream.of(
                Arguments.of("alice/twin/doc", "alice/twin/doc/"),
                Arguments.of("alice/twin2/dir/", "alice/twin2/dir"),
                Arguments.of("alice/twin3/file", "alice/twin3/file/child.ttl"));
    }

    @ParameterizedTest(name = "{1} cannot exist beside {0}")
    @MethodSource("twins")
    void aNameWithAndWithoutTrailingSlashNamesOneResourceAtMost(String first, String second) {
        String type = first.endsWith("/") ? "text/turtle" : "text/plain";
        assertEquals(201, SERVER.put(first, type, first.endsWith("/") ? "" : "x").statusCode());

        HttpResponse<String> clash = SERVER.put(second, second.endsWith("/") ? "text/turtle" : "text/plain", "");

        assertEquals(409, clash.statusCode(), clash.body());
        assertEquals(404, SERVER.get(second, "*/*").statusCode());
    }

    @Test
    void postWithSlugCreatesThatNameAndAClashGetsAFreshOne() {
        HttpResponse<String> first = SERVER.post("alice/", "text/turtle", "note", TURTLE);
        HttpResponse<String> second = SERVER.post("alice/", "text/turtle", "note", TURTLE);

        String firstLocation = first.headers().firstValue("Location").orElseThrow();
        String secondLocation = second.headers().firstValue("Location").orElseThrow();
        assertAll(
                () -> assertEquals(201, first.statusCode()),
                () -> assertEquals(SERVER.url("alice/note"), firstLocation),
                () -> assertEquals(201, second.statusCode()),
                () -> assertTrue(secondLocation.startsWith(SERVER.url("alice/note-")), secondLocation),
                () -> assertEquals(200, SERVER.get(secondLocation.substring(SERVER.url("").length()), "text/turtle")
                        .statusCode()));
    }

    @Test
    void concurrentPostsWithOneSlugEachGetAName() throws Exception {
        SERVER.put("alice/together/", "text/turtle", "");
        ExecutorService clients = Executors.newFixedThreadPool(10);
        List<HttpResponse<String>> posts = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(clients.submit(() -> SERVER.post("alice/together/", "text/turtle", "same", TURTLE)));
            }
            for (Future<HttpResponse<String>> post : sent) {
                posts.add(post.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdown();
        }

        Set<String> locations = new HashSet<>();
        for (HttpResponse<String> post : posts) {
            assertEquals(201, post.statusCode(), post.body());
            locations.add(post.headers().firstValue("Location").orElseThrow());
        }
        assertEquals(10, locations.size(), locations.toString());
    }

    static Stream<Arguments> unsafeSlugs() {
        return Stream.of(
                Arguments.of("../escape", "alice/slugs/..escape"),
                Arguments.of("a/b", "alice/slugs/ab"),
                Arguments.of("what?x=1#frag", "alice/slugs/whatx=1frag"),
                Arguments.of("%2E%2E", null),
                Arguments.of("..", null),
                Arguments.of("caf%C3%A9", "alice/slugs/caf%C3%A9"),
                Arguments.of("notes.acl", "alice/slugs/notes.acl-"));
    }

    @ParameterizedTest(name = "Slug {0}")
    @MethodSource("unsafeSlugs")
    void slugsNeverEscapeTheirContainer(String slug, String expected) {
        SERVER.put("alice/slugs/", "text/turtle", "");

        HttpResponse<String> post = SERVER.post("alice/slugs/", "text/plain", slug, "x");

        String location = post.headers().firstValue("Location").orElseThrow();
        assertEquals(201, post.statusCode());
        if (expected != null) {
            assertEquals(SERVER.url(expected), location);
        } else {
            String name = location.substring(SERVER.url("alice/slugs/").length());
            assertTrue(name.matches("[0-9a-f-]{36}"), location);
        }
    }

    @Test
    void aSlugNeverNamesThePodsWellKnownFolder() {
        HttpResponse<String> document = SERVER.post("alice/", "text/turtle", ".well-known", TURTLE);
        HttpResponse<String> container = SERVER.send(SERVER.request("alice/").header("Content-Type", "text/turtle")
                .header("Slug", ".well-known")
                .header("Link", "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\"")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertAll(
                () -> assertEquals(201, document.statusCode(), document.body()),
                () -> assertTrue(document.headers().firstValue("Location").orElseThrow()
                        .startsWith(SERVER.url("alice/.well-known-")), document.headers().toString()),
                () -> assertEquals(201, container.statusCode(), container.body()),
                () -> assertTrue(container.headers().firstValue("Location").orElseThrow()
                        .startsWith(SERVER.url("alice/.well-known-")), container.headers().toString()),
                () -> assertEquals(404, SERVER.get("alice/.well-known", "text/turtle").statusCode()),
                () -> assertEquals(405, SERVER.post("alice/.well-known/", "text/turtle", "solid", TURTLE)
                        .statusCode()),
                () -> assertFalse(SERVER.get("alice/", "text/turtle").body().contains("/alice/.well-known>"),
                        "listed"));
    }

    @Test
    void postWithContainerLinkCreatesAContainer() {
        HttpResponse<String> post = SERVER.send(SERVER.request("alice/").header("Content-Type", "text/turtle")
                .header("Slug", "box").header("Link", "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\"")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(201, post.statusCode());
        assertEquals(SERVER.url("alice/box/"), post.headers().firstValue("Location").orElseThrow());
        assertTrue(SERVER.get("alice/box/", "text/turtle").headers().allValues("Link").stream()
                .anyMatch(l -> l.contains("BasicContainer")));
    }

    @Test
    void postToADocumentIsNotAllowed() {
        SERVER.put("alice/life/target.ttl", "text/turtle", TURTLE);

        assertEquals(405, SERVER.post("alice/life/target.ttl", "text/turtle", null, TURTLE).statusCode());
    }

    @Test
    void theListingShowsEachMembersCurrentState() {
        SERVER.put("alice/listed/item.txt", "text/plain", "one");
        String before = SERVER.get("alice/listed/", "application/n-triples").body();

        SERVER.put("alice/listed/item.txt", "text/plain", "three");

        String after = SERVER.get("alice/listed/", "application/n-triples").body();
        assertAll(
                () -> assertTrue(before.contains("\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>"), before),
                () -> assertTrue(after.contains("\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>"), after));
    }

    @Test
    void deleteRemovesTheResourceAndItsContainment() {
        SERVER.put("alice/del/gone.ttl", "text/turtle", TURTLE);

        assertEquals(204, SERVER.delete("alice/del/gone.ttl").statusCode());
        assertEquals(404, SERVER.get("alice/del/gone.ttl", "text/turtle").statusCode());
        assertFalse(SERVER.get("alice/del/", "application/n-triples").body().contains("gone.ttl"));
    }

    @Test
    void deleteOfANonEmptyContainerIsRefused() {
        SERVER.put("alice/full/item.ttl", "text/turtle", TURTLE);

        assertEquals(409, SERVER.delete("alice/full/").statusCode());
        assertEquals(200, SERVER.get("alice/full/item.ttl", "text/turtle").statusCode());
    }

    @Test
    void thePodRootCannotBeDeleted() {
        HttpResponse<String> delete = SERVER.delete("alice/");

        assertEquals(405, delete.statusCode());
        assertFalse(delete.headers().firstValue("Allow").orElseThrow().contains("DELETE"));
    }

    @Test
    void deleteOfAMissingResourceIs404() {
        assertEquals(404, SERVER.delete("alice/never-was.ttl").statusCode());
    }

    @Test
    void writingOutsideAnExistingPodIsRefusedWithoutRevealingThatNoPodIsThere() {
        assertEquals(401, SERVER.put("nobody/doc.ttl", "text/turtle", TURTLE).statusCode());
        assertEquals(401, SERVER.get("nobody/", "text/turtle").statusCode());
    }

    @Test
    void unknownMethodsAreNotImplementedAndTraceIsNotAllowed() {
        HttpResponse<String> unknown = SERVER.send(SERVER.request("alice/")
                .method("BREW", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> trace = SERVER.send(SERVER.request("alice/")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build());

        assertAll(
                () -> assertEquals(501, unknown.statusCode()),
                () -> assertEquals(405, trace.statusCode()),
                () -> assertTrue(trace.headers().firstValue("Allow").isPresent()));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        SERVER.put("alice/life/head.ttl", "text/turtle", TURTLE);

        HttpResponse<String> head = SERVER.send(SERVER.request("alice/life/head.ttl")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> get = SERVER.get("alice/life/head.ttl", "text/turtle");

        assertAll(
                () -> assertEquals(200, head.statusCode()),
                () -> assertEquals("", head.body()),
                () -> assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag")),
                () -> assertEquals(get.headers().firstValue("Content-Length"),
                        head.headers().firstValue("Content-Length")));
    }
}
