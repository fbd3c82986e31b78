// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;

/**
 * Authorization requests waiting for the person to log in and consent, for at most half an hour, in memory.
 * Pages refer to one by an unguessable identifier.
 */
final class Interactions {

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    /**
     * A checked authorization request.
     *
     * @param id the identifier pages carry
     * @param client the client asking
     * @param redirectUri where the answer goes, one of the client's
     * @param state the client's state, or null
     * @param nonce the OpenID nonce, or null
     * @param scope the scope to grant
     * @param challenge the PKCE code challenge
     */
    record Interaction(String id, ClientInfo client, String redirectUri, String state, String nonce, Scope scope,
            CodeChallenge challenge) {

        Interaction {
            requireNonNull(id, "id");
            requireNonNull(client, "client");
            requireNonNull(redirectUri, "redirectUri");
            requireNonNull(scope, "scope");
            requireNonNull(challenge, "challenge");
        }
    }

    private final Cache<String, Interaction> pending = Caffeine.newBuilder().expireAfterWrite(LIFETIME)
            .maximumSize(100_000).build();

    Interaction start(ClientInfo client, String redirectUri, String state, String nonce, Scope scope,
            CodeChallenge challenge) {
        Interaction interaction = new Interaction(Passwords.random(24), client, redirectUri, state, nonce, scope,
                challenge);
        pending.put(interaction.id(), interaction);
        return interaction;
    }

    Optional<Interaction> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(pending.getIfPresent(id));
    }

    /** Takes an interaction, so that one consent answers it once. */
    Optional<Interaction> finish(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(pending.asMap().remove(id));
    }
}
