// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.TestServer;

/** Entity tags, conditional requests and byte ranges (RFC 9110 §8.8, §13, §14). */
class ConditionalRequestTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    private static final String TURTLE = "<#a> <http://example.org/p> \"v\" .";

    private static String etag(String path) {
        return SERVER.get(path, "text/turtle").headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> putWith(String path, String header, String value) {
        return SERVER.send(SERVER.request(path).header("Content-Type", "text/turtle").header(header, value)
                .PUT(HttpRequest.BodyPublishers.ofString(TURTLE)).build());
    }

    @Test
    void everyChangeGivesANewEntityTagAndEachFormatItsOwn() {
        SERVER.put("alice/cond/tags.ttl", "text/turtle", TURTLE);
        String before = etag("alice/cond/tags.ttl");
        String jsonLd = SERVER.get("alice/cond/tags.ttl", "application/ld+json").headers().firstValue("ETag")
                .orElseThrow();
        SERVER.put("alice/cond/tags.ttl", "text/turtle", TURTLE);

        assertAll(
                () -> assertNotEquals(before, etag("alice/cond/tags.ttl")),
                () -> assertNotEquals(before, jsonLd));
    }

    @Test
    void ifMatchWithTheCurrentTagWritesAndWithAnOldOneFails() {
        SERVER.put("alice/cond/match.ttl", "text/turtle", TURTLE);
        String current = etag("alice/cond/match.ttl");

        assertEquals(204, putWith("alice/cond/match.ttl", "If-Match", current).statusCode());
        assertEquals(412, putWith("alice/cond/match.ttl", "If-Match", current).statusCode());
    }

    @Test
    void ifMatchWithAWeakTagNeverMatchesAndChangesNothing() {
        SERVER.put("alice/cond/weak.ttl", "text/turtle", TURTLE);
        String tag = etag("alice/cond/weak.ttl");
        String weak = "W/" + tag;

        int put = putWith("alice/cond/weak.ttl", "If-Match", weak).statusCode();
        int patch = SERVER.send(SERVER.request("alice/cond/weak.ttl").header("If-Match", weak)
                .header("Content-Type", "application/sparql-update")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("INSERT DATA { <#a> <#b> 1 }")).build())
                .statusCode();
        int delete = SERVER.send(SERVER.request("alice/cond/weak.ttl").header("If-Match", weak).DELETE().build())
                .statusCode();
        int get = SERVER.send(SERVER.request("alice/cond/weak.ttl").header("Accept", "text/turtle")
                .header("If-Match", weak).GET().build()).statusCode();

        assertAll(
                () -> assertEquals(412, put),
                () -> assertEquals(412, patch),
                () -> assertEquals(412, delete),
                () -> assertEquals(412, get),
                () -> assertEquals(tag, etag("alice/cond/weak.ttl")));
    }

    static Stream<Arguments> starConditions() {
        return Stream.of(
                Arguments.of("If-None-Match", false, 201),
                Arguments.of("If-None-Match", true, 412),
                Arguments.of("If-Match", false, 412),
                Arguments.of("If-Match", true, 204));
    }

    @ParameterizedTest(name = "{0}: * when exists={1} gives {2}")
    @MethodSource("starConditions")
    void starConditionsOnPut(String header, boolean exists, int expected) {
        String path = "alice/cond/star-" + header + "-" + exists + ".ttl";
        if (exists) {
            SERVER.put(path, "text/turtle", TURTLE);
        }

        assertEquals(expected, putWith(path, header, "*").statusCode());
    }

    private static HttpResponse<String> postWith(String container, String header, String value, String body) {
        return SERVER.send(SERVER.request(container).header("Content-Type", "text/turtle").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Stream<Arguments> containerConditions() {
        return Stream.of(
                Arguments.of("If-None-Match", "*", 412),
                Arguments.of("If-Match", "*", 201),
                Arguments.of("If-Match", "current", 201),
                Arguments.of("If-Match", "\"stale\"", 412),
                Arguments.of("If-Unmodified-Since", "Sat, 01 Jan 2000 00:00:00 GMT", 412));
    }

    /** RFC 9110 §13: the conditions of a POST are evaluated against its target, the container. */
    @ParameterizedTest(name = "{0}: {1} on an existing container gives {2}")
    @MethodSource("containerConditions")
    void conditionsOnPostApplyToTheContainer(String header, String value, int expected) {
        String container = "alice/cond/post-" + expected + "-" + Math.abs(value.hashCode()) + "/";
        SERVER.put(container + "first.ttl", "text/turtle", TURTLE);
        String tag = etag(container);
        HttpResponse<String> post = postWith(container, header, value.equals("current") ? tag : value, TURTLE);

        assertEquals(expected, post.statusCode(), post.body());
        // A new member changes the container's listing, and so its entity tag.
        if (expected == 412) {
            assertEquals(tag, etag(container), "a refused POST must leave the container as it was");
        } else {
            assertNotEquals(tag, etag(container));
        }
    }

    @Test
    void postsRacingWithTheSameTagOfTheContainerAddOneMember() throws Exception {
        SERVER.put("alice/cond/post-race/first.ttl", "text/turtle", TURTLE);
        String tag = etag("alice/cond/post-race/");

        List<Integer> statuses = racing(() -> postWith("alice/cond/post-race/", "If-Match", tag, TURTLE));

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
    }

    @Test
    void aWriteIntoASubContainerGivesTheContainersAboveItANewListing() {
        SERVER.put("alice/cond/outer/inner/first.ttl", "text/turtle", TURTLE);
        String outer = etag("alice/cond/outer/");
        String listed = modifiedOf("alice/cond/outer/", "alice/cond/outer/inner/");

        SERVER.put("alice/cond/outer/inner/second.ttl", "text/turtle", TURTLE);

        HttpResponse<String> again = SERVER.send(SERVER.request("alice/cond/outer/").header("Accept", "text/turtle")
                .header("If-None-Match", outer).GET().build());
        assertAll(
                () -> assertEquals(200, again.statusCode()),
                () -> assertNotEquals(outer, etag("alice/cond/outer/")),
                () -> assertNotEquals(listed, modifiedOf("alice/cond/outer/", "alice/cond/outer/inner/")),
                () -> assertEquals(modifiedOf("alice/cond/outer/inner/", "alice/cond/outer/inner/"),
                        modifiedOf("alice/cond/outer/", "alice/cond/outer/inner/")));
    }

    /** The modification time that a resource's N-Triples give a resource, as its lexical form. */
    private static String modifiedOf(String path, String of) {
        String prefix = "<" + SERVER.url(of) + "> <http://purl.org/dc/terms/modified> ";
        return SERVER.get(path, "application/n-triples").body().lines().filter(l -> l.startsWith(prefix))
                .findFirst().orElseThrow();
    }

    /** The statuses of sixteen sends of a request, eight at a time. */
    private static List<Integer> racing(Supplier<HttpResponse<String>> send) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(CompletableFuture.supplyAsync(() -> send.get().statusCode(), pool));
            }
            return attempts.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void ifNoneMatchOnGetGives304ForTheSameRepresentation() {
        SERVER.put("alice/cond/cached.ttl", "text/turtle", TURTLE);
        String tag = etag("alice/cond/cached.ttl");

        HttpResponse<String> same = SERVER.send(SERVER.request("alice/cond/cached.ttl").header("Accept", "text/turtle")
                .header("If-None-Match", tag).GET().build());
        HttpResponse<String> otherFormat = SERVER.send(SERVER.request("alice/cond/cached.ttl")
                .header("Accept", "application/ld+json").header("If-None-Match", tag).GET().build());

        assertEquals(304, same.statusCode());
        assertEquals(200, otherFormat.statusCode());
    }

    @Test
    void ifModifiedSinceGives304OnlyForAValidDateNotBeforeTheLastChange() {
        HttpResponse<String> put = SERVER.put("alice/cond/dated.ttl", "text/turtle", "<#a> <#b> 1 .");
        String lastModified = put.headers().firstValue("Last-Modified").orElseThrow();
        String future = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusYears(1));

        assertAll(
                () -> assertEquals(304, modifiedSince("alice/cond/dated.ttl", lastModified)),
                () -> assertEquals(200, modifiedSince("alice/cond/dated.ttl", "Sat, 01 Jan 2000 00:00:00 GMT")),
                () -> assertEquals(200, modifiedSince("alice/cond/dated.ttl", future)),
                () -> assertEquals(200, modifiedSince("alice/cond/dated.ttl", "not a date")));
    }

    private static int modifiedSince(String path, String date) {
        return SERVER.send(SERVER.request(path).header("Accept", "text/turtle").header("If-Modified-Since", date)
                .GET().build()).statusCode();
    }

    @Test
    void twoClientsRacingWithTheSameTagCannotBothWin() throws Exception {
        SERVER.put("alice/cond/race.ttl", "text/turtle", TURTLE);
        String tag = etag("alice/cond/race.ttl");

        List<Integer> statuses = racing(() -> putWith("alice/cond/race.ttl", "If-Match", tag));

        assertEquals(1, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
    }

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of("bytes=0-3", 206, "0123", "bytes 0-3/10"),
                Arguments.of("bytes=5-", 206, "56789", "bytes 5-9/10"),
                Arguments.of("bytes=-2", 206, "89", "bytes 8-9/10"),
                Arguments.of("bytes=8-100", 206, "89", "bytes 8-9/10"),
                Arguments.of("bytes=10-", 416, null, "bytes */10"),
                Arguments.of("bytes=0-1,4-5", 200, "0123456789", null),
                Arguments.of("items=0-1", 200, "0123456789", null),
                Arguments.of("bytes=x-y", 200, "0123456789", null));
    }

    @ParameterizedTest(name = "Range {0} gives {1}")
    @MethodSource("ranges")
    void rangeRequestsOnBinaries(String range, int status, String body, String contentRange) {
        SERVER.put("alice/cond/digits.txt", "text/plain", "0123456789");

        HttpResponse<byte[]> response = SERVER.sendForBytes(SERVER.request("alice/cond/digits.txt")
                .header("Range", range).GET().build());

        assertEquals(status, response.statusCode());
        if (body != null) {
            assertEquals(body, new String(response.body(), StandardCharsets.UTF_8));
        }
        assertEquals(contentRange, response.headers().firstValue("Content-Range").orElse(null));
    }

    @Test
    void ifRangeWithAnOldTagSendsTheWholeContent() {
        SERVER.put("alice/cond/ifrange.txt", "text/plain", "0123456789");

        HttpResponse<String> response = SERVER.send(SERVER.request("alice/cond/ifrange.txt")
                .header("Range", "bytes=0-1").header("If-Range", "\"old\"").GET().build());

        assertEquals(200, response.statusCode());
        assertEquals("0123456789", response.body());
    }
}
