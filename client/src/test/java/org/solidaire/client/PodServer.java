// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import org.solidaire.server.SolidServer;

/**
 * The real pod server, in-process on a free port of 127.0.0.1 over a fresh data directory, with accounts seeded
 * from a seed file: the citizen {@code alice} (the pod owner), a second citizen {@code bob}, and {@code city}, the
 * account of a city app. Each has a pod named after it and a client registered for the client credentials grant
 * ({@code alice-app}, secret {@code alice-secret}); other accounts may be asked for instead. Register it with
 * {@code @RegisterExtension static PodServer}.
 */
public final class PodServer implements BeforeAllCallback, AfterAllCallback {

    /** The accounts seeded unless others are asked for. */
    static final List<String> ACCOUNTS = List.of("alice", "bob", "city");

    private final List<String> accounts;
    private Path dir;
    private SolidServer server;

    /** A server with the accounts {@link #ACCOUNTS}. */
    public PodServer() {
        this(ACCOUNTS);
    }

    /**
     * A server with these accounts, each with a pod and client credentials named after it.
     *
     * @param accounts the account and pod names
     */
    public PodServer(List<String> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("solidaire-client");
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, accounts.stream().map(PodServer::seedEntry).collect(Collectors.joining(",", "[",
                "]")));
        int port = freeLoopbackPort();
        server = SolidServer.start(ServerOptions.loopback(dir.resolve("data")).host("127.0.0.1").port(port)
                .baseUrl("http://127.0.0.1:" + port + "/").seedFile(seed).build());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String seedEntry(String user) {
        return """
                {"pod":"%1$s","email":"%1$s@example.org","password":"%1$s-password-1234",\
                "clientId":"%1$s-app","clientSecret":"%1$s-secret"}""".formatted(user);
    }

    /**
     * A port free on the loopback interface now; the base URL must name the port before the server starts, so
     * the server cannot pick it itself.
     */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** The server's base URL, which is also its Solid-OIDC issuer. */
    public URI issuer() {
        return URI.create(server.baseUrl());
    }

    /** The absolute URI of a path on the server, such as {@code alice/notes/}. */
    public URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    /** The root container of a user's pod. */
    public URI podRoot(String user) {
        return uri(user + "/");
    }

    /** The WebID of a user's pod. */
    public URI webId(String user) {
        return uri(user + "/profile/card#me");
    }

    /** The client id of the user's app; its secret is the user's name followed by {@code -secret}. */
    public static String clientId(String user) {
        return user + "-app";
    }

    /** The client secret of the user's app. */
    public static String clientSecret(String user) {
        return user + "-secret";
    }

    /** A session of the user's app, logged in with its client credentials. */
    public PodSession session(String user) {
        return PodSession.ofClientCredentials(issuer(), user + "-app", user + "-secret");
    }

    /** A client acting for the user through the user's app. */
    public PodClient client(String user) {
        return PodClient.of(session(user));
    }

    /** A client acting for the user through a web app of the origin. */
    PodClient client(String user, String origin) {
        return PodClient.builder().session(session(user)).origin(origin).build();
    }

    PodClient anonymous() {
        return PodClient.of(PodSession.anonymous());
    }
}
