// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.solidaire.server.auth.AuthFixture.ALICE;
import static org.solidaire.server.auth.AuthFixture.OWN_ISSUER;

import org.solidaire.server.net.FetchPolicy;
import org.solidaire.server.net.SafeFetcher;

/**
 * Authenticators of a server whose own issuer hosts Alice's WebID, on a test clock, with a fetcher that refuses
 * loopback, which closing them closes.
 */
final class LocalAuthenticators implements AutoCloseable {

    private final TestClock clock = new TestClock();
    private final SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(false));

    /** The clock the authenticators read, which a test moves forward. */
    TestClock clock() {
        return clock;
    }

    /** A new authenticator with the options, which remembers nothing of the others. */
    RequestAuthenticator with(AuthOptions options) {
        return new RequestAuthenticator(options, fetcher, new TestIdentities().host(ALICE, OWN_ISSUER), clock, clock);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
