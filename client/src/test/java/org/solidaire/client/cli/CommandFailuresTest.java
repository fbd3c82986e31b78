// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidaire.client.PodServer;

/** What the tool says when signing in, granting or revoking goes wrong: what happened, in words, and no trace. */
class CommandFailuresTest {

    @RegisterExtension
    static final PodServer SERVER = new PodServer(List.of("alice", "bob"));

    @Test
    void aWrongClientSecretIsReportedAsRefusedByTheIssuer() {
        CommandRun run = CommandRun.run("query", "--pod", SERVER.podRoot("alice").toString(), "--query", "ASK {}",
                "--issuer", SERVER.issuer().toString(), "--client-id", PodServer.clientId("alice"),
                "--client-secret", "not-the-secret");

        assertAll(
                () -> assertEquals(Main.FAILED, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("the issuer " + SERVER.issuer() + " refused the credentials of "
                        + PodServer.clientId("alice")), run::toString),
                () -> assertTrue(run.err().contains("invalid_client"), run::toString),
                () -> assertFalse(run.err().contains("no answer"), run::toString));
    }

    @Test
    void aRefusedGrantShowsTheProblemDetailsOfTheRefusal() {
        String water = SERVER.uri("alice/water/").toString();

        CommandRun run = CommandRun.as(SERVER, "bob", "grant", "--container", water, "--agent",
                SERVER.webId("bob").toString(), "--mode", "read");

        assertAll(
                () -> assertEquals(Main.FAILED, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("error: HEAD " + water + ": 403 Forbidden: " + SERVER.webId("bob")
                        + " does not have Read access to " + water), run::toString));
    }

    @Test
    void grantAndRevokeNameTheOriginTheRulesHoldNotTheUrlGiven() {
        String water = SERVER.uri("alice/water/").toString();
        String bob = SERVER.webId("bob").toString();
        String using = " using https://app.example" + System.lineSeparator();

        CommandRun grant = CommandRun.as(SERVER, "alice", "grant", "--container", water, "--agent", bob, "--mode",
                "read", "--origin", "https://App.example:443/some/page");
        CommandRun revoke = CommandRun.as(SERVER, "alice", "revoke", "--container", water, "--agent", bob,
                "--origin", "https://app.example/other/page");

        assertAll(
                () -> assertEquals(Main.OK, grant.exitCode(), grant::toString),
                () -> assertTrue(grant.err().contains(using), grant::toString),
                () -> assertEquals(Main.OK, revoke.exitCode(), revoke::toString),
                () -> assertTrue(revoke.err().contains(using), revoke::toString));
    }

    @Test
    void revokingWhatWasNeverGrantedSaysNothingWasGranted() {
        String water = SERVER.uri("alice/water/").toString();

        CommandRun run = CommandRun.as(SERVER, "alice", "revoke", "--container", water, "--agent",
                SERVER.webId("bob").toString());

        assertAll(
                () -> assertEquals(Main.FAILED, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("error: nothing to revoke: no authorization of " + water
                        + " names " + SERVER.webId("bob")), run::toString),
                () -> assertFalse(run.err().contains("Revoked"), run::toString));
    }

    @Test
    void aGrantByTypeWithoutPodSaysThePodIsMissing() {
        CommandRun withoutPod = CommandRun.as(SERVER, "alice", "grant", "--type", "water", "--agent",
                SERVER.webId("bob").toString(), "--mode", "read");
        CommandRun withoutContainer = CommandRun.as(SERVER, "alice", "grant", "--agent",
                SERVER.webId("bob").toString(), "--mode", "read");

        assertAll(
                () -> assertEquals(Main.USAGE, withoutPod.exitCode(), withoutPod::toString),
                () -> assertTrue(withoutPod.err().contains("error: --type water needs --pod POD_ROOT"),
                        withoutPod::toString),
                () -> assertEquals(Main.USAGE, withoutContainer.exitCode(), withoutContainer::toString),
                () -> assertTrue(withoutContainer.err().contains("Give --container URL, or --type TYPE with --pod"),
                        withoutContainer::toString));
    }

    @Test
    void aQueryWithABrokenRegularExpressionIsAUsageErrorWithoutAJavaClassName() {
        CommandRun run = CommandRun.as(SERVER, "alice", "query", "--pod", SERVER.podRoot("alice").toString(),
                "--query", "SELECT (REGEX(\"a\", \"(\") AS ?x) {}");

        assertAll(
                () -> assertEquals(Main.USAGE, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("error: The query is not SPARQL"), run::toString),
                () -> assertFalse(run.err().contains("org.apache.jena"), run::toString));
    }

    @Test
    void aDirectoryGivenAsTheFileToImportIsAUsageErrorNamingIt() throws IOException {
        Path directory = Files.createTempDirectory("export");

        CommandRun water = CommandRun.run("import", "water", directory.toString(), "--pod",
                SERVER.podRoot("alice").toString(), "--dry-run");
        CommandRun ngsiLd = CommandRun.run("import", "ngsi-ld", directory.toString(), "--pod",
                SERVER.podRoot("alice").toString(), "--dry-run");

        assertAll(
                () -> assertEquals(Main.USAGE, water.exitCode(), water::toString),
                () -> assertTrue(water.err().contains("error: the export " + directory + " is a directory, not a file"),
                        water::toString),
                () -> assertEquals(Main.USAGE, ngsiLd.exitCode(), ngsiLd::toString),
                () -> assertTrue(ngsiLd.err().contains("error: the payload " + directory + " is a directory"),
                        ngsiLd::toString));
    }
}
