// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidaire.server.ServerOptions;
import org.solidaire.server.SolidServer;
import org.solidaire.server.store.ResourcePath;
import picocli.CommandLine;

class AccountPagesTest {

    @RegisterExtension
    static final IdentityServer SERVER = new IdentityServer();

    @TempDir
    private Path offline;

    @Test
    void signingUpWithTheFormLeadsToTheAccountPageWhereCredentialsAreMade() {
        HttpClient browser = IdentityServer.browser();
        Map<String, String> signUp = new LinkedHashMap<>();
        signUp.put("email", "erin@example.org");
        signUp.put("password", "erin-password");
        signUp.put("confirm", "erin-password");
        signUp.put("pod", "erin");

        HttpResponse<String> created = post(browser, "/.account/signup", signUp);
        HttpResponse<String> home = IdentityServer.send(browser, HttpRequest.newBuilder(
                URI.create(created.headers().firstValue("Location").orElseThrow())).build());
        HttpResponse<String> credential = post(browser, "/.account/credentials", Map.of("csrf",
                csrf(home.body()), "webId", SERVER.baseUrl() + "erin/profile/card#me", "name", "import"));

        assertAll(
                () -> assertEquals(303, created.statusCode(), created.body()),
                () -> assertEquals(200, home.statusCode()),
                () -> assertTrue(home.body().contains(SERVER.baseUrl() + "erin/profile/card#me")),
                () -> assertEquals(201, credential.statusCode(), credential.body()),
                () -> assertTrue(credential.body().contains("<h1>Nouveaux identifiants client</h1>")));
    }

    @Test
    void aSignUpFormWithErrorsNamesEachField() {
        HttpResponse<String> response = post(IdentityServer.browser(), "/.account/signup?lang=en", Map.of(
                "email", "not-an-address", "password", "short", "confirm", "other", "pod", "alice", "lang", "en"));

        assertAll(
                () -> assertEquals(400, response.statusCode()),
                () -> assertTrue(response.body().contains("id=\"email-error\"")),
                () -> assertTrue(response.body().contains("id=\"password-error\"")),
                () -> assertTrue(response.body().contains("id=\"confirm-error\"")),
                () -> assertTrue(response.body().contains("<html lang=\"en\">")));
    }

    @Test
    void aFormBodyWithABrokenPercentEscapeIsA400() {
        HttpResponse<String> response = IdentityServer.send(IdentityServer.browser(), HttpRequest.newBuilder(
                SERVER.uri("/.account/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=%zz&password=x")).build());

        assertEquals(400, response.statusCode(), response.body());
    }

    /** Sent on a socket, since java.net.URI refuses to build this URL. */
    @Test
    void aQueryStringWithABrokenPercentEscapeIsA400() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", URI.create(SERVER.baseUrl()).getPort())) {
            socket.getOutputStream().write(("GET /.oidc/auth?client_id=%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        }
    }

    @Test
    void aFormWithoutTheSessionCsrfTokenIsRefused() {
        HttpClient browser = IdentityServer.browser();
        post(browser, "/.account/login", Map.of("email", "alice@example.org", "password", "alice-password"));

        HttpResponse<String> response = post(browser, "/.account/pods", Map.of("pod", "forged"));

        assertEquals(403, response.statusCode());
    }

    @Test
    void theAdminCommandProvisionsADataDirectoryIdempotently() throws Exception {
        Path file = offline.resolve("pods.json");
        Files.writeString(file, "[{\"pod\":\"zoe\",\"email\":\"zoe@example.org\"}]");
        String[] arguments = {"--data-dir", offline.resolve("data").toString(), "--base-url",
            "https://pods.example/", file.toString()};
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();

        int created = new CommandLine(new AdminCommand()).setOut(new PrintWriter(first)).execute(arguments);
        int again = new CommandLine(new AdminCommand()).setOut(new PrintWriter(second)).execute(arguments);

        assertEquals(0, created);
        assertEquals(0, again);
        assertTrue(first.toString().contains("zoe\tcreated\thttps://pods.example/zoe/profile/card#me"),
                first::toString);
        assertTrue(second.toString().contains("zoe\texists"), second::toString);
    }

    @Test
    void theAdminCommandMakesANewDataDirectoryWithShardsThatTheServerThenOpens() throws Exception {
        Path file = offline.resolve("sharded.json");
        Files.writeString(file, "[{\"pod\":\"ana\",\"email\":\"ana@example.org\"},"
                + "{\"pod\":\"bo\",\"email\":\"bo@example.org\"}]");
        Path data = offline.resolve("sharded");
        StringWriter out = new StringWriter();

        int created = new CommandLine(new AdminCommand()).setOut(new PrintWriter(out)).execute("--data-dir",
                data.toString(), "--base-url", "https://pods.example/", "--store-shards", "2", file.toString());

        assertEquals(0, created, out::toString);
        assertEquals("2", Files.readString(data.resolve("shards")).trim());
        try (SolidServer server = SolidServer.start(ServerOptions.loopback(data).baseUrl("https://pods.example/")
                .build())) {
            assertTrue(server.store().info(ResourcePath.parse("/ana/profile/card")).isPresent());
            assertTrue(server.store().info(ResourcePath.parse("/bo/profile/card")).isPresent());
        }
    }

    private static HttpResponse<String> post(HttpClient browser, String path, Map<String, String> fields) {
        return IdentityServer.send(browser, HttpRequest.newBuilder(SERVER.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(IdentityServer.form(fields)).build());
    }

    private static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(matcher.find(), html);
        return matcher.group(1);
    }
}
