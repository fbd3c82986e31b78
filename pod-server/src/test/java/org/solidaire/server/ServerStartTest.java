// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start whose parts open side by side either serves with all of them or fails as a whole: the failure of one
 * part reaches the caller, and nothing stays open or bound after it.
 */
class ServerStartTest {

    private static final String BASE_URL = "http://localhost:8080/";

    @TempDir
    private Path dir;

    @Test
    void aPortInUseFailsTheStartAndLeavesTheStoreClosed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ServerOptions onTakenPort = ServerOptions.loopback(dir).port(taken.getLocalPort()).baseUrl(BASE_URL)
                    .build();
            assertThrows(IOException.class, () -> SolidServer.start(onTakenPort));
        }

        try (SolidServer server = SolidServer.start(ServerOptions.loopback(dir).baseUrl(BASE_URL)
                .openPods(List.of("alice")).build())) {
            assertEquals(200, get(server, "alice/").statusCode());
        }
    }

    @Test
    void aStoreThatCannotOpenFailsTheStartAndFreesThePort() throws Exception {
        Files.writeString(dir.resolve("base-url"), "http://pods.example/\n");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        IOException refused = assertThrows(IOException.class,
                () -> SolidServer.start(ServerOptions.loopback(dir).port(port).build()));

        assertTrue(refused.getMessage().contains("http://pods.example/"), refused.getMessage());
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    private static HttpResponse<String> get(SolidServer server, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/" + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
