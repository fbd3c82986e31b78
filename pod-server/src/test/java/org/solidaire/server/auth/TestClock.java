// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Ticker;

/** A clock and cache ticker that stand still until a test moves them forward. */
final class TestClock extends Clock implements Ticker {

    private final AtomicReference<Instant> now;

    /** A clock at the current second: JWT times have a resolution of one second. */
    TestClock() {
        now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public long read() {
        Instant instant = now.get();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
