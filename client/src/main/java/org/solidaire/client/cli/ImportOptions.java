// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.solidaire.client.PodClient;
import picocli.CommandLine.Option;

/** The options every {@code import} command takes: when, where and by whom the data was exported, and how to run. */
final class ImportOptions {

    /** The agent a dry run without {@code --agent} records: it sends nothing, so it does not log in to learn it. */
    static final URI NOT_LOGGED_IN = URI.create("urn:solidaire:dry-run:agent");

    @Option(names = "--exported-at", paramLabel = "INSTANT",
            description = "When the export was made, such as 2025-07-01T01:00:00Z, recorded as the time the data "
                    + "was returned (default: the input's last-modified time).")
    private Instant exportedAt;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Paris",
            description = "Time zone of the service points, where a day starts (default: ${DEFAULT-VALUE}).")
    private ZoneId zone;

    @Option(names = "--agent", paramLabel = "WEBID",
            description = "WebID of the city service recorded as the source (default: the WebID logged in).")
    private URI agent;

    @Option(names = "--dry-run", description = "Check the input and report, sending nothing.")
    private boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; problems are still shown.")
    private boolean quiet;

    /** When the export was made, if given. */
    Instant exportedAt() {
        return exportedAt;
    }

    ZoneId zone() {
        return zone;
    }

    boolean dryRun() {
        return dryRun;
    }

    boolean quiet() {
        return quiet;
    }

    /**
     * The city service's WebID: the one given, else the one the client logs in as; in a dry run, which logs in
     * nowhere, a stand-in that the checked documents name instead.
     */
    URI agent(Optional<PodClient> client) {
        if (agent != null) {
            return agent;
        }
        return client.map(logged -> logged.session().webId().orElseThrow(() -> new IllegalArgumentException(
                "Give --agent, the city service's WebID, or log in as it (--client-id).")))
                .orElse(NOT_LOGGED_IN);
    }

    /** The client of the credentials, or none in a dry run, which must not contact the issuer or any pod. */
    Optional<PodClient> client(Credentials credentials) throws IOException {
        return dryRun ? Optional.empty() : Optional.of(credentials.client());
    }
}
