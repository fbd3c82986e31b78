// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The limits of every outbound fetch a {@link SafeFetcher} makes.
 *
 * @param allowLoopback whether loopback addresses (127.0.0.0/8, {@code ::1}) may be fetched, for a server and its
 *     issuer or test fixtures on one machine; private, link-local and the other internal ranges stay refused
 * @param connectTimeout the longest wait for name resolution and the TCP (and TLS) connection of one hop
 * @param totalTimeout the longest a whole fetch may take, redirects included
 * @param maxBytes the largest response body read; reading stops as soon as a body goes beyond it
 */
public record FetchPolicy(boolean allowLoopback, Duration connectTimeout, Duration totalTimeout, long maxBytes) {

    /** The largest body limit: bodies are held in one byte array. */
    public static final long MAX_BODY_LIMIT = Integer.MAX_VALUE - 8;

    public FetchPolicy {
        requireNonNull(connectTimeout, "connectTimeout");
        requireNonNull(totalTimeout, "totalTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("totalTimeout must be positive: " + totalTimeout);
        }
        if (maxBytes <= 0 || maxBytes > MAX_BODY_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BODY_LIMIT + ": " + maxBytes);
        }
    }

    /**
     * The policy for profile, issuer and client documents: 3 s to connect, 5 s in all, bodies up to 1 MiB.
     *
     * @param allowLoopback whether loopback addresses may be fetched
     * @return the policy
     */
    public static FetchPolicy defaults(boolean allowLoopback) {
        return new FetchPolicy(allowLoopback, Duration.ofSeconds(3), Duration.ofSeconds(5), 1024 * 1024);
    }
}
