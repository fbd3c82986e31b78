// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A client application registered through OpenID Connect Dynamic Client Registration.
 *
 * @param clientId the identifier the server gave it
 * @param secretHash the Argon2id hash of its secret, or null for a public client (token endpoint auth "none")
 * @param redirectUris where authorization responses may go, compared exactly
 * @param clientName the name to show on the consent page, or null
 * @param clientUri the application's home page, or null
 * @param logoUri the application's logo, or null
 * @param created when it registered
 */
record RegisteredClient(String clientId, String secretHash, List<String> redirectUris, String clientName,
        String clientUri, String logoUri, Instant created) {

    RegisteredClient {
        requireNonNull(clientId, "clientId");
        requireNonNull(created, "created");
        redirectUris = List.copyOf(redirectUris);
    }

    boolean isPublic() {
        return secretHash == null;
    }
}
