// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refresh tokens: opaque random strings, kept only as SHA-256 digests in a JSON file replaced atomically after
 * each change. Each is used once: redeeming one removes it, and the token endpoint issues its successor
 * (OAuth 2.0 Security BCP §4.14.2, refresh token rotation).
 */
final class RefreshTokens {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshTokens.class);
    private static final int TOKEN_BYTES = 32;

    /**
     * What a refresh token stands for.
     *
     * @param clientId the client it was issued to
     * @param webId the WebID of the tokens it yields
     * @param scope the granted scope, space-separated
     * @param jkt the thumbprint of the DPoP key it is bound to (RFC 9449 §5)
     * @param authTime when the person logged in
     * @param expires when it stops being valid
     */
    record Grant(String clientId, String webId, String scope, String jkt, Instant authTime, Instant expires) {

        Grant {
            requireNonNull(clientId, "clientId");
            requireNonNull(webId, "webId");
            requireNonNull(scope, "scope");
            requireNonNull(jkt, "jkt");
            requireNonNull(authTime, "authTime");
            requireNonNull(expires, "expires");
        }
    }

    /** The persisted form, by digest. */
    record Snapshot(int format, Map<String, Grant> grants) {
    }

    private final Path file;
    private final Duration lifetime;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private RefreshTokens(Path file, Duration lifetime) {
        this.file = file;
        this.lifetime = lifetime;
    }

    static RefreshTokens open(Path file, Duration lifetime) throws IOException {
        RefreshTokens tokens = new RefreshTokens(requireNonNull(file, "file"), requireNonNull(lifetime, "lifetime"));
        JsonFiles.read(file, Snapshot.class).ifPresent(s -> tokens.grants.putAll(s.grants()));
        LOG.info("Loaded {} refresh tokens from {}", tokens.grants.size(), file);
        return tokens;
    }

    Duration lifetime() {
        return lifetime;
    }

    /** Issues a refresh token valid for the configured lifetime from now. */
    synchronized String issue(String clientId, String webId, String scope, String jkt, Instant authTime) {
        String token = Passwords.random(TOKEN_BYTES);
        grants.put(digest(token), new Grant(clientId, webId, scope, jkt, authTime, Instant.now().plus(lifetime)));
        persist();
        return token;
    }

    /** Takes a refresh token's grant, so that it cannot be used again; empty when unknown or expired. */
    synchronized Optional<Grant> redeem(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Grant grant = grants.remove(digest(token));
        if (grant == null) {
            return Optional.empty();
        }
        persist();
        return grant.expires().isAfter(Instant.now()) ? Optional.of(grant) : Optional.empty();
    }

    /** Removes every token of the given WebIDs and client, as logging out of an app does. */
    synchronized void revoke(List<String> webIds, String clientId) {
        if (grants.values().removeIf(g -> webIds.contains(g.webId()) && (clientId == null
                || g.clientId().equals(clientId)))) {
            persist();
        }
    }

    private void persist() {
        Instant now = Instant.now();
        grants.values().removeIf(g -> g.expires().isBefore(now));
        try {
            JsonFiles.write(file, new Snapshot(1, Map.copyOf(grants)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the refresh tokens to " + file, e);
        }
    }

    private static String digest(String token) {
        return Digests.sha256Text(token);
    }
}
