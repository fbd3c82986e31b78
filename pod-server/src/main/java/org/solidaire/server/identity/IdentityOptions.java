// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the identity service.
 *
 * @param baseUrl the public base URL of the server, ending with {@code /}; it is also the OpenID issuer
 * @param dataDir the server's data directory; identity state lives in its {@code identity} subdirectory
 * @param adminSecret the bearer secret of the admin API, or null to turn the admin API off
 * @param signupAllowed whether anyone may create an account from the sign-up page and API
 * @param accessTokenLifetime how long access tokens and ID tokens are valid
 * @param refreshTokenLifetime how long a refresh token is valid; each use replaces it
 * @param keyRotation how often new signing keys replace the current ones
 */
public record IdentityOptions(String baseUrl, Path dataDir, String adminSecret, boolean signupAllowed,
        Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration keyRotation) {

    public IdentityOptions {
        requireNonNull(baseUrl, "baseUrl");
        requireNonNull(dataDir, "dataDir");
        requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        requireNonNull(keyRotation, "keyRotation");
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (adminSecret != null && adminSecret.isBlank()) {
            adminSecret = null;
        }
    }

    /**
     * Defaults: no admin API, sign-up allowed, access tokens for one hour, refresh tokens for 14 days, new keys
     * every 30 days.
     */
    public static IdentityOptions defaults(String baseUrl, Path dataDir) {
        return new IdentityOptions(baseUrl, dataDir, null, true, Duration.ofHours(1), Duration.ofDays(14),
                Duration.ofDays(30));
    }

    /** These options with the admin API protected by a bearer secret. */
    public IdentityOptions withAdminSecret(String secret) {
        return new IdentityOptions(baseUrl, dataDir, secret, signupAllowed, accessTokenLifetime,
                refreshTokenLifetime, keyRotation);
    }

    /** These options with public sign-up allowed or not. */
    public IdentityOptions withSignupAllowed(boolean allowed) {
        return new IdentityOptions(baseUrl, dataDir, adminSecret, allowed, accessTokenLifetime,
                refreshTokenLifetime, keyRotation);
    }

    /** These options with other token lifetimes. */
    public IdentityOptions withTokenLifetimes(Duration accessToken, Duration refreshToken) {
        return new IdentityOptions(baseUrl, dataDir, adminSecret, signupAllowed, accessToken, refreshToken,
                keyRotation);
    }

    /** The directory of the identity state files. */
    Path stateDir() {
        return dataDir.resolve("identity");
    }
}
