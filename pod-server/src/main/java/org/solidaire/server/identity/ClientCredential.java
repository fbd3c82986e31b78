// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A client identifier and secret with which a headless agent obtains tokens for one WebID through the client
 * credentials grant.
 *
 * @param clientId the identifier, given in HTTP Basic authentication
 * @param secretHash the Argon2id hash of the secret; the secret itself is shown once and never stored
 * @param webId the WebID the tokens speak for
 * @param accountId the account that owns the WebID
 * @param name a label for the owner, such as the name of the script that uses it
 * @param created when it was created
 */
record ClientCredential(String clientId, String secretHash, String webId, String accountId, String name,
        Instant created) {

    ClientCredential {
        requireNonNull(clientId, "clientId");
        requireNonNull(secretHash, "secretHash");
        requireNonNull(webId, "webId");
        requireNonNull(accountId, "accountId");
        requireNonNull(created, "created");
    }
}
