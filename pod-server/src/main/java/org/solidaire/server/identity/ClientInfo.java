// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the server knows of a client application that asks people to log in.
 *
 * @param clientId its identifier: a Client ID Document URL or an identifier from registration
 * @param name the name to show people, or null when the client gave none
 * @param redirectUris where authorization responses may go, compared exactly
 * @param clientUri the application's home page, or null
 * @param confidential whether it must authenticate at the token endpoint with a secret
 */
record ClientInfo(String clientId, String name, List<String> redirectUris, String clientUri, boolean confidential) {

    ClientInfo {
        requireNonNull(clientId, "clientId");
        redirectUris = List.copyOf(redirectUris);
    }

    /** The name to show, falling back to the identifier so that people always see who asks. */
    String displayName() {
        return name != null && !name.isBlank() ? name : clientId;
    }
}
