// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;

/**
 * Authorization codes waiting to be exchanged: each lives one minute and can be redeemed once (RFC 6749 §4.1.2).
 * They are kept in memory only; a code outstanding when the server stops is simply asked for again.
 */
final class AuthorizationCodes {

    private static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final int CODE_BYTES = 32;

    /**
     * What a code stands for.
     *
     * @param clientId the client it was issued to
     * @param redirectUri the redirect URI of the authorization request, which the token request must repeat
     * @param challenge the PKCE code challenge (S256)
     * @param webId the WebID the person chose
     * @param scope the granted scope
     * @param nonce the OpenID nonce of the request, or null
     * @param authTime when the person logged in
     */
    record Grant(String clientId, String redirectUri, CodeChallenge challenge, String webId, Scope scope,
            String nonce, Instant authTime) {

        Grant {
            requireNonNull(clientId, "clientId");
            requireNonNull(redirectUri, "redirectUri");
            requireNonNull(challenge, "challenge");
            requireNonNull(webId, "webId");
            requireNonNull(scope, "scope");
            requireNonNull(authTime, "authTime");
        }
    }

    private final Cache<String, Grant> codes = Caffeine.newBuilder().expireAfterWrite(LIFETIME)
            .maximumSize(100_000).build();

    /** Issues a code for a grant. */
    String issue(Grant grant) {
        String code = Passwords.random(CODE_BYTES);
        codes.put(code, grant);
        return code;
    }

    /** Takes a code's grant, so that the code cannot be used again; empty when unknown or expired. */
    Optional<Grant> redeem(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(codes.asMap().remove(code));
    }
}
