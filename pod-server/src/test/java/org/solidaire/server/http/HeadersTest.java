// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidaire.server.TestServer;

/** The headers every resource carries, and CORS (Solid Protocol §4, §5.1, §8.1). */
class HeadersTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    private static boolean hasLink(HttpResponse<?> response, String target, String rel) {
        return response.headers().allValues("Link").stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(String::trim).anyMatch(l -> l.equals("<" + target + ">; rel=\"" + rel + "\""));
    }

    @Test
    void thePodRootIsAStorageWithAStorageDescription() {
        HttpResponse<String> root = SERVER.get("alice/", "text/turtle");
        String description = SERVER.url("alice/.well-known/solid");

        assertAll(
                () -> assertTrue(hasLink(root, "http://www.w3.org/ns/pim/space#Storage", "type"), root.headers()
                        .allValues("Link").toString()),
                () -> assertTrue(hasLink(root, "http://www.w3.org/ns/ldp#BasicContainer", "type")),
                () -> assertTrue(hasLink(root, description, "http://www.w3.org/ns/solid/terms#storageDescription")),
                () -> assertTrue(SERVER.get("alice/.well-known/solid", "application/n-triples").body()
                        .contains("http://www.w3.org/ns/pim/space#Storage")));
    }

    @Test
    void theServerRootAndAStorageDescriptionTellEveryoneTheyMayReadAndNotWrite() {
        String readOnly = "user=\"read\",public=\"read\"";
        HttpResponse<String> root = SERVER.get("", "text/plain");
        HttpResponse<String> description = SERVER.get("alice/.well-known/solid", "text/turtle");
        HttpResponse<String> options = SERVER.send(SERVER.request("alice/.well-known/solid")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertAll(
                () -> assertEquals(readOnly, root.headers().firstValue("WAC-Allow").orElse("")),
                () -> assertEquals(readOnly, description.headers().firstValue("WAC-Allow").orElse("")),
                () -> assertEquals(readOnly, options.headers().firstValue("WAC-Allow").orElse("")));
    }

    @Test
    void documentsLinkTheirTypeAclAndDescription() {
        SERVER.put("alice/h/doc.ttl", "text/turtle", "");
        HttpResponse<String> get = SERVER.get("alice/h/doc.ttl", "text/turtle");

        assertAll(
                () -> assertTrue(hasLink(get, "http://www.w3.org/ns/ldp#Resource", "type")),
                () -> assertTrue(hasLink(get, "http://www.w3.org/ns/ldp#RDFSource", "type")),
                () -> assertTrue(hasLink(get, SERVER.url("alice/h/doc.ttl.acl"), "acl")),
                () -> assertTrue(hasLink(get, SERVER.url("alice/h/doc.ttl.meta"), "describedby")),
                () -> assertTrue(get.headers().firstValue("WAC-Allow").orElseThrow().contains("user=\"")),
                () -> assertTrue(get.headers().firstValue("Last-Modified").isPresent()),
                () -> assertTrue(get.headers().firstValue("Accept-Patch").orElseThrow().contains("text/n3")));
    }

    @Test
    void containersAdvertiseWhatTheyAccept() {
        HttpResponse<String> options = SERVER.send(SERVER.request("alice/")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertAll(
                () -> assertEquals(204, options.statusCode()),
                () -> assertTrue(options.headers().firstValue("Allow").orElseThrow().contains("POST")),
                () -> assertTrue(options.headers().firstValue("Accept-Post").isPresent()),
                () -> assertTrue(options.headers().firstValue("Accept-Put").isPresent()));
    }

    @Test
    void corsEchoesTheOriginWithCredentialsAndExposesSolidHeaders() {
        HttpResponse<String> get = SERVER.send(SERVER.request("alice/").header("Origin", "https://app.example")
                .GET().build());

        String exposed = get.headers().firstValue("Access-Control-Expose-Headers").orElseThrow();
        assertAll(
                () -> assertEquals("https://app.example",
                        get.headers().firstValue("Access-Control-Allow-Origin").orElseThrow()),
                () -> assertEquals("true", get.headers().firstValue("Access-Control-Allow-Credentials").orElseThrow()),
                () -> assertTrue(get.headers().allValues("Vary").toString().contains("Origin")),
                () -> assertTrue(exposed.contains("WAC-Allow") && exposed.contains("Link")
                        && exposed.contains("Accept-Patch") && exposed.contains("ETag")));
    }

    @Test
    void preflightsAreAnswered() {
        HttpResponse<String> preflight = SERVER.send(SERVER.request("alice/anything.ttl")
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type, dpop")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertAll(
                () -> assertEquals(204, preflight.statusCode()),
                () -> assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()
                        .contains("PUT")),
                () -> assertEquals("content-type, dpop",
                        preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()),
                () -> assertEquals("https://app.example",
                        preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow()));
    }

    @Test
    void errorsCarryCorsHeadersToo() {
        HttpResponse<String> missing = SERVER.send(SERVER.request("alice/nothing-here")
                .header("Origin", "https://app.example").GET().build());

        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
