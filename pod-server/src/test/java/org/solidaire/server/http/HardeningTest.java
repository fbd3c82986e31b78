// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidaire.server.TestServer;

/** Hostile or odd requests found by trying to break the server: each gets a clear 4xx and changes nothing. */
class HardeningTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    @Test
    void aPathLongerThanTheLimitIs414AndNothingIsWritten() {
        String name = "b".repeat(SolidHandler.MAX_PATH_LENGTH);

        HttpResponse<String> put = SERVER.put("alice/long/" + name, "text/plain", "hello");

        assertEquals(414, put.statusCode());
        assertEquals(404, SERVER.get("alice/long/", "*/*").statusCode());
    }

    @Test
    void aLongNameThatFitsIsAnsweredWithItsHeaders() {
        String name = "c".repeat(1500);

        HttpResponse<String> put = SERVER.put("alice/long2/" + name, "text/plain", "hello");

        assertEquals(201, put.statusCode());
    }

    @Test
    void anEncodedBodyIsRefusedWith415() {
        HttpResponse<String> put = SERVER.send(SERVER.request("alice/enc/doc.ttl").header("Content-Type", "text/turtle")
                .header("Content-Encoding", "gzip").PUT(HttpRequest.BodyPublishers.ofString("<a> <b> <c> .")).build());

        assertEquals(415, put.statusCode());
        assertEquals(404, SERVER.get("alice/enc/doc.ttl", "text/turtle").statusCode());
    }

    @Test
    void aLiteralXmlCannotCarryGives406ForRdfXmlOnly() {
        SERVER.put("alice/xml/ctrl.ttl", "text/turtle", "<#a> <http://example.org/p> \"tab \\u000b here\" .");

        assertEquals(406, SERVER.get("alice/xml/ctrl.ttl", "application/rdf+xml").statusCode());
        assertEquals(200, SERVER.get("alice/xml/ctrl.ttl", "text/turtle").statusCode());
    }

    @Test
    void storedPagesAreSandboxed() {
        SERVER.put("alice/pages/x.html", "text/html", "<script>alert(1)</script>");

        HttpResponse<String> page = SERVER.get("alice/pages/x.html", "text/html");

        assertAll(
                () -> assertEquals("sandbox", page.headers().firstValue("Content-Security-Policy").orElse(null)),
                () -> assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null)));
    }

    @Test
    void aSlugSentAsRawUtf8KeepsItsCharacters() throws java.io.IOException {
        SERVER.put("alice/slugs8/", "text/turtle", "");

        String response = raw("POST /alice/slugs8/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: text/plain\r\nSlug: é\r\nContent-Length: 1\r\n\r\nx");

        assertTrue(response.contains("/alice/slugs8/%C3%A9\r\n"), response);
    }

    @Test
    void requestsJettyRefusesItselfStillGetProblemDetails() throws java.io.IOException {
        String badPath = raw("GET /alice/bad%zz%C0%AE HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String hugeHeader = raw("GET /alice/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept: "
                + "a".repeat(20_000) + "\r\n\r\n");

        assertAll(
                () -> assertTrue(badPath.startsWith("HTTP/1.1 400"), badPath),
                () -> assertTrue(badPath.contains("application/problem+json"), badPath),
                () -> assertTrue(hugeHeader.startsWith("HTTP/1.1 431"), hugeHeader),
                () -> assertTrue(hugeHeader.contains("application/problem+json"), hugeHeader));
    }

    @Test
    void requestsJettyRefusesItselfGetProblemDetailsWhateverTheirMethod() throws java.io.IOException {
        String badUtf8Put = raw("PUT /alice/bad%FF HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 1\r\n\r\nx");
        String badUtf8Delete = raw("DELETE /alice/bad%FF HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String twoLengths = raw("PUT /alice/twice HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx");

        assertAll(
                () -> assertTrue(badUtf8Put.startsWith("HTTP/1.1 400"), badUtf8Put),
                () -> assertTrue(badUtf8Put.contains("application/problem+json"), badUtf8Put),
                () -> assertTrue(badUtf8Delete.contains("application/problem+json"), badUtf8Delete),
                () -> assertTrue(twoLengths.startsWith("HTTP/1.1 400"), twoLengths),
                () -> assertTrue(twoLengths.contains("application/problem+json"), twoLengths));
    }

    @Test
    void aBodyCutShortIsRefusedWith400AndNothingIsWritten() throws java.io.IOException {
        String head = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 100\r\n";

        String turtle = rawCutShort("PUT /alice/cut/doc.ttl" + head
                + "Content-Type: text/turtle\r\n\r\n<#a> <#b> <#c> .");
        String patch = rawCutShort("PATCH /alice/cut/patched" + head
                + "Content-Type: application/sparql-update\r\n\r\nINSERT DATA { <#a> <#b> <#c> }");
        String binary = rawCutShort("PUT /alice/cut/note.txt" + head + "Content-Type: text/plain\r\n\r\nhello");

        assertAll(
                () -> assertTrue(turtle.startsWith("HTTP/1.1 400"), turtle),
                () -> assertTrue(turtle.contains("application/problem+json"), turtle),
                () -> assertTrue(patch.startsWith("HTTP/1.1 400"), patch),
                () -> assertTrue(binary.startsWith("HTTP/1.1 400"), binary),
                () -> assertTrue(binary.contains("application/problem+json"), binary),
                () -> assertEquals(404, SERVER.get("alice/cut/", "text/turtle").statusCode()));
    }

    /** Sends a request as UTF-8 bytes on a socket, since java.net.http will not send raw UTF-8 in a header. */
    private static String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", SERVER.server().port())) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** Sends a request whose body is shorter than its Content-Length, then closes the sending side. */
    private static String rawCutShort(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", SERVER.server().port())) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
