// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How strictly DPoP proofs are checked.
 *
 * @param requireAth whether every proof must carry {@code ath}, the hash of the access token; RFC 9449 §4.2 makes
 *     it required with an access token, but some Solid clients omit it, so by default it is checked only when
 *     present
 * @param proofMaxAge how old (by its {@code iat}) a proof may be, clock skew aside
 * @param clockSkew how far the clocks of client, issuer and server may disagree; a proof may be this much from the
 *     future, and a token this much past its {@code exp}
 * @param jtiCacheSize how many proof identifiers are remembered to refuse replays; once it is full the oldest are
 *     forgotten first, so it should hold every proof of a {@code proofMaxAge} window at peak load
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9449#section-11.1">RFC 9449 §11.1 DPoP Proof Replay</a>
 */
public record AuthOptions(boolean requireAth, Duration proofMaxAge, Duration clockSkew, int jtiCacheSize) {

    public AuthOptions {
        requireNonNull(proofMaxAge, "proofMaxAge");
        requireNonNull(clockSkew, "clockSkew");
        if (proofMaxAge.isNegative() || proofMaxAge.isZero()) {
            throw new IllegalArgumentException("proofMaxAge must be positive: " + proofMaxAge);
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative: " + clockSkew);
        }
        if (jtiCacheSize <= 0) {
            throw new IllegalArgumentException("jtiCacheSize must be positive: " + jtiCacheSize);
        }
    }

    /**
     * The defaults: {@code ath} checked when present, proofs up to 60 s old with 5 s of clock skew, and room for
     * the proof identifiers of 250,000 requests.
     *
     * @return the options
     */
    public static AuthOptions defaults() {
        return new AuthOptions(false, Duration.ofSeconds(60), Duration.ofSeconds(5), 250_000);
    }

    /** These options with {@code ath} required or not. */
    public AuthOptions withRequireAth(boolean required) {
        return new AuthOptions(required, proofMaxAge, clockSkew, jtiCacheSize);
    }

    /** How long a proof identifier must be remembered: as long as a proof with it can pass the {@code iat} check. */
    Duration replayWindow() {
        return proofMaxAge.plus(clockSkew).plus(clockSkew);
    }
}
