// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inrupt's Node.js library {@code @inrupt/solid-client-authn-node}, run by {@code node} as a headless app against
 * the server: it logs in to the server's Solid-OIDC provider with client credentials, reads and writes private
 * data through the session's {@code fetch}, and reports what each step answered and what each request carried.
 *
 * <p>The library and its dependencies come from {@code src/test/node/package-lock.json}; the build installs them
 * with {@code npm ci} before the tests run, so a missing installation fails the test instead of skipping it.
 */
class NodeClientTest {

    @RegisterExtension
    static final SeededServer SERVER = new SeededServer("alice", "bob");

    private static final Path APP = Path.of("src/test/node");
    private static final Path SCRIPT = APP.resolve("client-credentials.mjs");
    private static final Path LIBRARY = APP.resolve("node_modules/@inrupt/solid-client-authn-node/package.json");
    private static final long TIMEOUT_SECONDS = 60;
    private static final String DIARY = "alice/private/diary.ttl";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void aliceKeepsAPrivateDiary() {
        SERVER.create("alice", DIARY, "text/turtle",
                "<#today> <http://purl.org/dc/terms/title> \"Private thoughts\" .");
    }

    @Test
    void alicesNodeAppLogsInWithDpopAndReadsAndWritesHerPrivateData() throws IOException, InterruptedException {
        JsonNode result = run("alice", DIARY, "alice/private/node/note.ttl");

        assertAll(
                () -> assertTrue(result.path("loggedIn").asBoolean(), "logged in"),
                () -> assertEquals(SERVER.webId("alice").toString(), result.path("webId").asText()),
                () -> assertEquals(200, result.at("/read/status").asInt(), "reading the diary"),
                () -> assertTrue(result.at("/read/body").asText().contains("Private thoughts"), "the diary's text"),
                () -> assertEquals(201, result.at("/write/status").asInt(), "creating the note with PUT"),
                () -> assertEquals(200, result.at("/readBack/status").asInt(), "reading the note back"),
                () -> assertTrue(result.at("/readBack/contentType").asText().startsWith("text/turtle")),
                () -> assertTrue(result.at("/readBack/body").asText().contains("Written from Node.js"),
                        () -> "the note's text in " + result.at("/readBack/body").asText()),
                () -> assertEquals(401, result.at("/anonymous/status").asInt(), "reading the diary anonymously"));
        assertEquals(List.of("DPoP htm,htu,iat,jti", "DPoP htm,htu,iat,jti", "DPoP htm,htu,iat,jti"),
                carried(result), "what each request of the session carried: scheme and DPoP proof claims");
    }

    @Test
    void bobsNodeAppIsForbiddenToReadOrWriteAlicesPrivateData() throws IOException, InterruptedException {
        JsonNode result = run("bob", DIARY, "alice/private/node/from-bob.ttl");

        assertAll(
                () -> assertEquals(SERVER.webId("bob").toString(), result.path("webId").asText()),
                () -> assertEquals(403, result.at("/read/status").asInt(), "reading alice's diary"),
                () -> assertEquals(403, result.at("/write/status").asInt(), "writing in alice's private container"),
                () -> assertEquals(403, result.at("/readBack/status").asInt(), "reading what was refused"));
    }

    /** Runs the script as the user's app and returns the JSON it prints, failing with its output otherwise. */
    private static JsonNode run(String user, String privatePath, String newPath)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(LIBRARY)) {
            fail(LIBRARY.toAbsolutePath() + " is missing: the build installs the Node.js client with `npm ci --prefix "
                    + "pod-server/src/test/node` in generate-test-resources; run that, or the Maven build, first");
        }
        Path out = Files.createTempFile("node-client", ".json");
        Path err = Files.createTempFile("node-client", ".log");
        try {
            Process node = start(List.of(SERVER.baseUrl(), SeededServer.clientId(user), SeededServer.clientSecret(user),
                    SERVER.url(privatePath), SERVER.url(newPath)), out, err);
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                fail("node did not finish in " + TIMEOUT_SECONDS + " s; its errors: " + Files.readString(err));
            }
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            if (node.exitValue() != 0) {
                fail("node exited with " + node.exitValue() + ": " + printed + Files.readString(err));
            }
            return JSON.readTree(printed);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Process start(List<String> arguments, Path out, Path err) {
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
        command.addAll(arguments);
        try {
            return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("Cannot start node, which the Node.js client tests need on the PATH: "
                    + e.getMessage(), e);
        }
    }

    /** For each request the script sent, its {@code Authorization} scheme and its DPoP proof's claim names. */
    private static List<String> carried(JsonNode result) {
        List<String> carried = new ArrayList<>();
        for (JsonNode exchange : result.path("wire")) {
            List<String> claims = new ArrayList<>();
            exchange.path("proofClaims").forEach(claim -> claims.add(claim.asText()));
            carried.add(exchange.path("scheme").asText() + " " + String.join(",", claims));
        }
        return carried;
    }
}
