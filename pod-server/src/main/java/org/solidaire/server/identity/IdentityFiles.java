// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The identity service's state as its files hold it: the issuer's signing keys, the accounts, the registered clients
 * and the refresh tokens. Loading it needs neither the store nor the network, so a server
 * loads it while its store opens, then hands it to {@link IdentityService#open(IdentityFiles,
 * org.solidaire.server.store.ResourceStore, org.solidaire.server.net.SafeFetcher)}.
 */
public final class IdentityFiles {

    /** Clocks of resource servers may run a little behind: keys outlive their last tokens by this much. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final IdentityOptions options;
    private final IssuerKeys keys;
    private final AccountStore accounts;
    private final ClientRegistry clients;
    private final RefreshTokens refreshTokens;

    private IdentityFiles(IdentityOptions options, IssuerKeys keys, AccountStore accounts, ClientRegistry clients,
            RefreshTokens refreshTokens) {
        this.options = options;
        this.keys = keys;
        this.accounts = accounts;
        this.clients = clients;
        this.refreshTokens = refreshTokens;
    }

    /**
     * Loads the state from the {@code identity} directory of the options' data directory, creating the directory
     * when missing and replacing keys older than the rotation period; a new issuer's first keys are made on their
     * first use.
     *
     * @param options the data directory, token lifetimes and key rotation period
     * @return the loaded state
     * @throws IOException when a file cannot be read or written
     */
    public static IdentityFiles load(IdentityOptions options) throws IOException {
        requireNonNull(options, "options");
        Path dir = options.stateDir();
        Files.createDirectories(dir);
        IssuerKeys keys = IssuerKeys.open(dir.resolve("issuer-keys.json"),
                options.accessTokenLifetime().plus(CLOCK_SKEW));
        keys.rotateIfDue(Instant.now(), options.keyRotation());
        return new IdentityFiles(options, keys, AccountStore.open(dir.resolve("accounts.json")),
                ClientRegistry.open(dir.resolve("clients.json")),
                RefreshTokens.open(dir.resolve("refresh-tokens.json"), options.refreshTokenLifetime()));
    }

    IdentityOptions options() {
        return options;
    }

    IssuerKeys keys() {
        return keys;
    }

    AccountStore accounts() {
        return accounts;
    }

    ClientRegistry clients() {
        return clients;
    }

    RefreshTokens refreshTokens() {
        return refreshTokens;
    }
}
