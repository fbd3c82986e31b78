// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The verified identity behind a request: all empty for an anonymous request.
 *
 * @param webId the WebID of the agent, from the {@code webid} claim of a verified access token
 * @param clientId the identifier of the client application, from the {@code client_id} (or else {@code azp}) claim;
 *     empty when the token names none
 * @param issuer the OpenID provider that issued the token, listed by the agent's WebID profile
 * @see <a href="https://solidproject.org/TR/oidc#resource-access-validation">Solid-OIDC §8 Resource Access
 *     Validation</a>
 */
public record Credentials(Optional<String> webId, Optional<String> clientId, Optional<String> issuer) {

    /** The credentials of a request without an {@code Authorization} header. */
    public static final Credentials ANONYMOUS = new Credentials(Optional.empty(), Optional.empty(), Optional.empty());

    public Credentials {
        requireNonNull(webId, "webId");
        requireNonNull(clientId, "clientId");
        requireNonNull(issuer, "issuer");
    }

    /** Whether an agent was authenticated: a WebID was verified. */
    public boolean isAuthenticated() {
        return webId.isPresent();
    }
}
