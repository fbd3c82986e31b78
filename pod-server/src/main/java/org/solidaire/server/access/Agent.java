// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who asks for access: the agent's verified WebID, the client application it uses and the issuer that vouched
 * for both, and the {@code Origin} of the request. All empty for an anonymous request without an origin.
 *
 * @param webId the verified WebID, empty when not authenticated
 * @param clientId the client identifier of the application, when authenticated
 * @param issuer the OpenID Provider that issued the access token, when authenticated
 * @param origin the request's {@code Origin} header, when it has one
 */
public record Agent(Optional<String> webId, Optional<String> clientId, Optional<String> issuer,
        Optional<String> origin) {

    public Agent {
        requireNonNull(webId, "webId");
        requireNonNull(clientId, "clientId");
        requireNonNull(issuer, "issuer");
        requireNonNull(origin, "origin");
    }

    /** An unauthenticated agent, with the origin of its request if any. */
    public static Agent anonymous(Optional<String> origin) {
        return new Agent(Optional.empty(), Optional.empty(), Optional.empty(), origin);
    }

    /** An authenticated agent. */
    public static Agent of(String webId, String clientId, String issuer, Optional<String> origin) {
        return new Agent(Optional.of(webId), Optional.ofNullable(clientId), Optional.ofNullable(issuer), origin);
    }

    public boolean isAuthenticated() {
        return webId.isPresent();
    }
}
