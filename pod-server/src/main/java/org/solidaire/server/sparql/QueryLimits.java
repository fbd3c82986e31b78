// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What one query may cost: beyond either limit it is stopped and the caller told which limit it met.
 *
 * @param timeout the longest a query may run, from parsing to its last result
 * @param maxResults the most rows a SELECT, or triples a CONSTRUCT or DESCRIBE, may return
 */
public record QueryLimits(Duration timeout, long maxResults) {

    /** Ten seconds and 100,000 results. */
    public static final QueryLimits DEFAULT = new QueryLimits(Duration.ofSeconds(10), 100_000);

    public QueryLimits {
        requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive: " + timeout);
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("The result limit must be positive: " + maxResults);
        }
    }
}
