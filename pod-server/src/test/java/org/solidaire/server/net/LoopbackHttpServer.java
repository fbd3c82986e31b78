// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A JDK HTTP server bound to 127.0.0.1 on a free port, whose paths answer as a test sets them up, and which
 * counts and records the requests it receives. Tests of outbound fetches use it as every remote host.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** How one path answers. */
    @FunctionalInterface
    public interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    /** A request as received: its path and its headers. */
    public record Received(String path, Headers headers) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger hits = new AtomicInteger();

    private LoopbackHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** Starts a server on 127.0.0.1 where every path answers 404 until set up. */
    public static LoopbackHttpServer start() throws IOException {
        return new LoopbackHttpServer();
    }

    /** Makes a path answer with the responder. */
    public LoopbackHttpServer route(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    /** Makes a path answer 200 with the body and content type. */
    public LoopbackHttpServer serve(String path, String contentType, String body) {
        return route(path, exchange -> send(exchange, 200, contentType, body.getBytes(UTF_8)));
    }

    /** Makes a path answer a 302 redirect to the location. */
    public LoopbackHttpServer redirect(String path, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    /** The absolute URL of a path on this server, with the 127.0.0.1 literal as host. */
    public URI uri(String path) {
        return URI.create(base() + path);
    }

    /** The URL of this server without a trailing slash, such as {@code http://127.0.0.1:41234}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** How many requests the server has received. */
    public int hits() {
        return hits.get();
    }

    /** How many requests for the path the server has received. */
    public long hits(String path) {
        return received.stream().filter(request -> request.path().equals(path)).count();
    }

    /** The requests received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Forgets the requests received so far. */
    public void resetHits() {
        hits.set(0);
        received.clear();
    }

    /** Writes a whole response. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        hits.incrementAndGet();
        String path = exchange.getRequestURI().getRawPath();
        received.add(new Received(path, exchange.getRequestHeaders()));
        Responder responder = routes.get(path);
        try {
            if (responder == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(UTF_8));
            } else {
                responder.respond(exchange);
            }
        } finally {
            exchange.close();
        }
    }
}
