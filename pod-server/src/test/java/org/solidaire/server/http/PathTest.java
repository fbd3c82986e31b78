// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidaire.server.TestServer;

/** Paths: percent-encoding, non-ASCII names, encoded slashes, dot segments and repeated slashes. */
class PathTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    /** Sends a request line as written, since java.net.http normalises some paths before sending them. */
    private static String rawStatusLine(String method, String rawPath) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", SERVER.server().port())) {
            OutputStream out = socket.getOutputStream();
            String request = method + " " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: 1\r\n\r\nx";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Test
    void nonAsciiNamesRoundTripBetweenListingAndGet() {
        assertEquals(201, SERVER.put("alice/names/caf%C3%A9%20cr%C3%A8me.txt", "text/plain", "x").statusCode());

        String listing = SERVER.get("alice/names/", "application/n-triples").body();
        assertTrue(listing.contains("<" + SERVER.url("alice/names/caf%C3%A9%20cr%C3%A8me.txt") + ">"), listing);
        assertEquals("x", SERVER.get("alice/names/caf%C3%A9%20cr%C3%A8me.txt", "*/*").body());
    }

    @Test
    void twoSpellingsOfOneNameNameOneResource() {
        SERVER.put("alice/names/%7Etilde", "text/plain", "t");

        assertEquals("t", SERVER.get("alice/names/~tilde", "*/*").body());
        assertEquals("t", SERVER.get("alice/names/%7etilde", "*/*").body());
    }

    @Test
    void anEncodedSlashIsNeverASeparator() {
        assertEquals(201, SERVER.put("alice/names/a%2Fb", "text/plain", "slash").statusCode());

        assertEquals(404, SERVER.get("alice/names/a/b", "*/*").statusCode());
        assertEquals(404, SERVER.get("alice/names/a/", "*/*").statusCode());
        assertEquals("slash", SERVER.get("alice/names/a%2Fb", "*/*").body());
    }

    static Stream<Arguments> escapingPaths() {
        return Stream.of(
                Arguments.of("/alice/../bob/stolen.txt"),
                Arguments.of("/alice/%2e%2e/bob/stolen.txt"),
                Arguments.of("/alice/%2E%2E/bob/stolen.txt"),
                Arguments.of("/alice/./stolen.txt"),
                Arguments.of("/alice//stolen.txt"),
                Arguments.of("//bob/stolen.txt"),
                Arguments.of("/alice/x/..%2F..%2Fbob/stolen.txt"));
    }

    @ParameterizedTest(name = "PUT {0}")
    @MethodSource("escapingPaths")
    void dotSegmentsAndRepeatedSlashesNeverReachAnotherResource(String rawPath) throws IOException {
        String status = rawStatusLine("PUT", rawPath);

        assertTrue(status.contains(" 400 ") || status.contains(" 201 ") && rawPath.contains("%2F"), status);
        assertEquals(404, SERVER.get("bob/stolen.txt", "*/*").statusCode());
        assertEquals(404, SERVER.get("alice/stolen.txt", "*/*").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/alice/escapes/a%zz", "/alice/escapes/a%2", "/alice/escapes%/a"})
    void aMalformedPercentEscapeIsA400ThatSaysSoAndWritesNothing(String rawPath) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", SERVER.server().port())) {
            socket.getOutputStream().write(("PUT " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: "
                    + "close\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nx")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertAll(
                    () -> assertTrue(response.startsWith("HTTP/1.1 400 "), response),
                    () -> assertTrue(response.contains("application/problem+json"), response),
                    () -> assertTrue(response.contains("malformed percent-escape"), response),
                    () -> assertEquals(404, SERVER.get("alice/escapes/", "text/turtle").statusCode()));
        }
    }

    @Test
    void malformedPercentEscapesAre400() throws IOException {
        assertTrue(rawStatusLine("GET", "/alice/bad%zz").contains(" 400 "));
        assertTrue(rawStatusLine("GET", "/alice/bad%C3").contains(" 400 "));
    }
}
