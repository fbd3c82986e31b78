// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A loopback HTTP server that answers each path with a canned response and records the requests it gets: it stands
 * in for a pod's SPARQL endpoint, which the pod server does not serve yet. It starts afresh for each test.
 */
final class StubEndpoint implements BeforeEachCallback, AfterEachCallback {

    private final Map<String, Canned> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** A canned response. */
    record Canned(int status, Map<String, String> headers, String body) {
    }

    /** A request as the stub got it. */
    record Received(String method, URI uri, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        answers.clear();
        received.clear();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
    }

    /** The stub's URI for a path, such as {@code alice/}. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** Answers requests to the path (whatever their query string) with the response. */
    void answer(String path, int status, Map<String, String> headers, String body) {
        answers.put("/" + path, new Canned(status, headers, body));
    }

    List<Received> received() {
        return received;
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        Canned canned = answers.getOrDefault(exchange.getRequestURI().getPath(), new Canned(404,
                Map.of("Content-Type", "application/problem+json"), "{\"title\":\"Not Found\",\"status\":404}"));
        canned.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
        boolean empty = exchange.getRequestMethod().equals("HEAD") || bytes.length == 0;
        exchange.sendResponseHeaders(canned.status(), empty ? -1 : bytes.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
