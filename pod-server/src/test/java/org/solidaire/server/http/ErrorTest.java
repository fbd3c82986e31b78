// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.TestServer;

/** Bad input gets a 4xx with problem details saying what is wrong and where, and changes nothing. */
class ErrorTest {

    private static final long LIMIT = 4096;

    @RegisterExtension
    static final TestServer SERVER = new TestServer(LIMIT);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        return JSON.readTree(response.body());
    }

    @Test
    void malformedTurtleIs400WithLineAndColumnAndStoresNothing() throws Exception {
        HttpResponse<String> put = SERVER.put("alice/err-broken/broken.ttl", "text/turtle",
                "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n");

        JsonNode body = problem(put);
        assertAll(
                () -> assertEquals(400, put.statusCode()),
                () -> assertEquals(400, body.get("status").asInt()),
                () -> assertEquals(3, body.get("line").asInt(), body.toString()),
                () -> assertTrue(body.has("column"), body.toString()),
                () -> assertEquals(404, SERVER.get("alice/err-broken/broken.ttl", "text/turtle").statusCode()),
                () -> assertEquals(404, SERVER.get("alice/err-broken/", "text/turtle").statusCode()));
    }

    @Test
    void aFailedReplaceKeepsTheOldContent() {
        SERVER.put("alice/err/kept.ttl", "text/turtle", "<#a> <#b> <#c> .");

        assertEquals(400, SERVER.put("alice/err/kept.ttl", "text/turtle", "<#a> <#b>").statusCode());
        assertTrue(SERVER.get("alice/err/kept.ttl", "application/n-triples").body().contains("kept.ttl#c"));
    }

    static Stream<Arguments> oversizedBodies() {
        String big = "x".repeat((int) LIMIT + 1);
        String bigTurtle = "<#a> <#b> \"" + big + "\" .";
        return Stream.of(
                Arguments.of("text/plain", big),
                Arguments.of("text/turtle", bigTurtle),
                Arguments.of("text/n3", "@prefix solid: <http://www.w3.org/ns/solid/terms#>. _:p a "
                        + "solid:InsertDeletePatch; solid:inserts { <#a> <#b> \"" + big + "\" }."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedBodies")
    void aBodyOverTheLimitIs413(String contentType, String body) throws Exception {
        String path = "alice/err/big-" + contentType.replace('/', '-');
        HttpResponse<String> response = contentType.equals("text/n3") ? SERVER.patch(path, contentType, body)
                : SERVER.put(path, contentType, body);

        assertEquals(413, response.statusCode());
        assertEquals(LIMIT, problem(response).get("limit").asLong());
        assertEquals(404, SERVER.get(path, "*/*").statusCode());
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadWhenItsLengthIsDeclared() {
        HttpResponse<String> response = SERVER.send(SERVER.request("alice/err/declared.bin")
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) LIMIT * 4])).build());

        assertEquals(413, response.statusCode());
    }

    @Test
    void aWriteWithoutContentTypeIs400() throws Exception {
        HttpResponse<String> response = SERVER.send(SERVER.request("alice/err/untyped")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build());

        assertEquals(400, response.statusCode());
        assertTrue(problem(response).get("detail").asText().contains("has a body but no Content-Type"));
    }

    @Test
    void aWriteWithoutBodyNorContentTypeIs400SayingWhyItNeedsOne() throws Exception {
        HttpResponse<String> response = SERVER.send(SERVER.request("alice/err/untyped-empty")
                .PUT(HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(400, response.statusCode());
        assertEquals("The request has no Content-Type header: a write needs one even with an empty body, since it "
                + "gives the resource its media type.", problem(response).get("detail").asText());
        assertEquals(404, SERVER.get("alice/err/untyped-empty", "*/*").statusCode());
    }

    @Test
    void aMissingResourceIs404WithProblemDetails() throws Exception {
        HttpResponse<String> response = SERVER.get("alice/err/none", "text/turtle");

        assertEquals(404, response.statusCode());
        assertEquals(SERVER.url("alice/err/none"), problem(response).get("instance").asText());
    }

    @Test
    void aContainerCannotHoldABinary() {
        assertEquals(415, SERVER.put("alice/err/box/", "image/png", "png").statusCode());
    }

    @Test
    void anUnacceptableFormatIs406() {
        SERVER.put("alice/err/rdf.ttl", "text/turtle", "<#a> <#b> <#c> .");

        assertEquals(406, SERVER.get("alice/err/rdf.ttl", "image/png").statusCode());
    }
    static Stream<Arguments> malformedContentTypes() {
        return Stream.of("garbage", "text/", "/plain", "text/plain/x", "text plain", "text/plain; charset",
                "text/plain; charset=\"utf-8", "text/pl@in").flatMap(type -> Stream.of("PUT", "POST", "PATCH")
                        .map(method -> Arguments.of(method, type)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("malformedContentTypes")
    void aContentTypeThatIsNotAMediaTypeIs400NamingTheHeader(String method, String contentType) throws Exception {
        String name = "typed-" + Math.abs(contentType.hashCode());
        String target = method.equals("POST") ? "alice/" : "alice/" + name;
        HttpResponse<String> response = SERVER.send(SERVER.request(target).header("Content-Type", contentType)
                .header("Slug", name).method(method, HttpRequest.BodyPublishers.ofString("x")).build());

        JsonNode problem = problem(response);
        assertAll(
                () -> assertEquals(400, response.statusCode()),
                () -> assertEquals("Content-Type", problem.path("header").asText(), problem.toString()),
                () -> assertTrue(problem.get("detail").asText().contains(contentType), problem.toString()),
                () -> assertEquals(404, SERVER.get("alice/" + name, "*/*").statusCode()));
    }

    @Test
    void mediaTypesWithParametersAreAccepted() {
        assertAll(
                () -> assertEquals(201, SERVER.put("alice/err-type/quoted", "text/plain; charset=\"utf-8\"", "x")
                        .statusCode()),
                () -> assertEquals(201, SERVER.put("alice/err-type/params", "application/x.thing+json;a=1 ; b=\"2;3\"",
                        "{}").statusCode()),
                () -> assertEquals("application/x.thing+json;a=1 ; b=\"2;3\"", SERVER.get("alice/err-type/params",
                        "*/*").headers().firstValue("Content-Type").orElseThrow()));
    }

    static Stream<Arguments> malformedLanguageTags() {
        String rdfXml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"#a\"><rdf:value xml:lang=\"%s\">x</rdf:value></rdf:Description>"
                + "</rdf:RDF>";
        return Stream.of(
                Arguments.of("application/ld+json", "{\"@context\": {\"@language\": \"not a tag!!\"}, "
                        + "\"@id\": \"#a\", \"http://example.org/p\": \"x\"}", "not a tag!!"),
                Arguments.of("application/ld+json", "{\"@id\": \"#a\", \"http://example.org/p\": "
                        + "{\"@value\": \"x\", \"@language\": \"en-toolongsubtag\"}}", "en-toolongsubtag"),
                Arguments.of("text/turtle", "<#a> <http://example.org/p> \"x\"@en-toolongsubtag .",
                        "en-toolongsubtag"),
                Arguments.of("application/n-triples", "<http://example.org/a> <http://example.org/p> "
                        + "\"x\"@en-toolongsubtag .", "en-toolongsubtag"),
                Arguments.of("application/rdf+xml", rdfXml.formatted("not a tag!!"), "not a tag!!"),
                Arguments.of("application/rdf+xml", rdfXml.formatted("en-toolongsubtag"), "en-toolongsubtag"));
    }

    @ParameterizedTest(name = "{0} with {2}")
    @MethodSource("malformedLanguageTags")
    void aLanguageTagThatIsNotWellFormedIs400NamingItAndStoresNothing(String contentType, String body, String tag)
            throws Exception {
        String path = "alice/err-lang/" + Math.abs((contentType + body).hashCode());
        HttpResponse<String> put = SERVER.put(path, contentType, body);

        JsonNode problem = problem(put);
        assertAll(
                () -> assertEquals(400, put.statusCode()),
                () -> assertEquals(tag, problem.path("languageTag").asText(), problem.toString()),
                () -> assertTrue(problem.get("detail").asText().contains("'" + tag + "' is not well-formed"),
                        problem.toString()),
                () -> assertEquals(404, SERVER.get(path, "*/*").statusCode()));
    }

    @Test
    void aWellFormedLanguageTagIsKept() {
        SERVER.put("alice/err-lang/fine.json", "application/ld+json", "{\"@context\": {\"@language\": \"fr-FR\"}, "
                + "\"@id\": \"#a\", \"http://example.org/p\": \"x\"}");

        String stored = SERVER.get("alice/err-lang/fine.json", "application/n-triples").body();
        assertTrue(stored.toLowerCase(java.util.Locale.ROOT).contains("\"x\"@fr-fr"), stored);
    }
}
