// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.client;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.solidaire.server.ServerOptions;
import org.solidaire.server.SolidAgent;
import org.solidaire.server.SolidServer;

/**
 * A real server on a free loopback port whose pods are provisioned from a seed file, one per user, each with an
 * app registered for the client credentials grant: user {@code alice} logs in with client id {@code alice-app} and
 * secret {@code alice-secret}. Each pod's root is private to its owner and its profile is public.
 */
final class SeededServer implements BeforeAllCallback, AfterAllCallback {

    private final List<String> users;
    private Path dir;
    private SolidServer server;

    SeededServer(String... users) {
        this.users = List.of(users);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("solidaire-clients");
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, users.stream().map(SeededServer::seedEntry).collect(Collectors.joining(",", "[", "]")));
        server = SolidServer.start(ServerOptions.loopback(dir.resolve("data")).seedFile(seed).build());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String seedEntry(String user) {
        return """
                {"pod":"%1$s","email":"%1$s@example.org","password":"%1$s-password-1234",\
                "clientId":"%2$s","clientSecret":"%3$s"}""".formatted(user, clientId(user), clientSecret(user));
    }

    /**
     * Writes a resource as the user, through a plain DPoP client, and fails unless the server creates it.
     *
     * @param path the resource's path on the server, such as {@code alice/private/diary.ttl}
     */
    void create(String user, String path, String contentType, String body) {
        SolidAgent agent = SolidAgent.login(baseUrl(), clientId(user), clientSecret(user));
        int status = agent.put(uri(path), contentType, body).statusCode();
        if (status != 201) {
            throw new IllegalStateException("Creating " + path + " as " + user + " answered " + status);
        }
    }

    /** The base URL of the server, which is also its OpenID issuer, such as {@code http://localhost:8080/}. */
    String baseUrl() {
        return server.baseUrl();
    }

    URI issuer() {
        return URI.create(server.baseUrl());
    }

    /** The absolute URL of a path on the server, such as {@code alice/notes/}. */
    URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    String url(String path) {
        return uri(path).toString();
    }

    URI webId(String user) {
        return uri(user + "/profile/card#me");
    }

    static String clientId(String user) {
        return user + "-app";
    }

    static String clientSecret(String user) {
        return user + "-secret";
    }
}
