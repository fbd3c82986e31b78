// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free loopback port over a fresh data directory, with the pods {@code alice} and {@code bob},
 * and a plain HTTP client to talk to it. Register it with {@code @RegisterExtension static TestServer server}.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final long maxBodyBytes;
    private final int storeShards;
    private SolidServer server;
    private Path dataDir;

    public TestServer() {
        this(ServerOptions.DEFAULT_MAX_BODY_BYTES);
    }

    public TestServer(long maxBodyBytes) {
        this(maxBodyBytes, 1);
    }

    private TestServer(long maxBodyBytes, int storeShards) {
        this.maxBodyBytes = maxBodyBytes;
        this.storeShards = storeShards;
    }

    /** A server whose store spreads its pods over several shards. */
    public static TestServer sharded(int storeShards) {
        return new TestServer(ServerOptions.DEFAULT_MAX_BODY_BYTES, storeShards);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("solidaire-test");
        server = SolidServer.start(ServerOptions.loopback(dataDir).openPods(List.of("alice", "bob"))
                .maxBodyBytes(maxBodyBytes).storeShards(storeShards).build());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public SolidServer server() {
        return server;
    }

    /** The absolute URL of a path on the server, such as {@code alice/notes/}. */
    public URI uri(String path) {
        return URI.create(server.baseUrl() + (path.startsWith("/") ? path.substring(1) : path));
    }

    public String url(String path) {
        return uri(path).toString();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> patch(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> post(String path, String contentType, String slug, String body) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (slug != null) {
            builder.header("Slug", slug);
        }
        return send(builder.build());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }
}
