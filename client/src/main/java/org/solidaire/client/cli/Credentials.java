// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.solidaire.client.PodClient;
import org.solidaire.client.PodSession;
import picocli.CommandLine.Option;

/**
 * Who a command acts as: an app logged in with client credentials at a Solid-OIDC issuer, from options or, better
 * for the secret, from environment variables or a file; anonymous without a client id.
 */
final class Credentials {

    @Option(names = "--issuer", paramLabel = "URL", defaultValue = "${env:SOLIDAIRE_ISSUER}",
            description = "Solid-OIDC issuer to log in at, such as the pod server's base URL (or SOLIDAIRE_ISSUER).")
    private URI issuer;

    @Option(names = "--client-id", paramLabel = "ID", defaultValue = "${env:SOLIDAIRE_CLIENT_ID}",
            description = "Client id of the client credentials (or SOLIDAIRE_CLIENT_ID); without one, the command "
                    + "acts anonymously.")
    private String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET", defaultValue = "${env:SOLIDAIRE_CLIENT_SECRET}",
            description = "Client secret (or SOLIDAIRE_CLIENT_SECRET, or --client-secret-file: a secret on the "
                    + "command line shows in the process list and the shell history).")
    private String clientSecret;

    @Option(names = "--client-secret-file", paramLabel = "FILE",
            description = "File holding the client secret (its surrounding white space ignored).")
    private Path clientSecretFile;

    /**
     * The session these options describe.
     *
     * @return a client credentials session, or an anonymous one without a client id
     * @throws IllegalArgumentException if a client id comes without an issuer or a secret
     * @throws IOException if the secret file cannot be read
     */
    PodSession session() throws IOException {
        if (clientId == null || clientId.isBlank()) {
            return PodSession.anonymous();
        }
        if (issuer == null) {
            throw new IllegalArgumentException("A client id needs its issuer: give --issuer or SOLIDAIRE_ISSUER.");
        }
        String secret = clientSecretFile != null ? Files.readString(clientSecretFile).strip() : clientSecret;
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("The client id " + clientId + " needs its secret: give "
                    + "SOLIDAIRE_CLIENT_SECRET, --client-secret-file or --client-secret.");
        }
        return PodSession.ofClientCredentials(issuer, clientId, secret);
    }

    /** A client acting for the session. */
    PodClient client() throws IOException {
        return PodClient.of(session());
    }
}
