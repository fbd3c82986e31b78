// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * What the resource server knows without the network: WebIDs hosted here and this server's own issuer keys.
 *
 * <p>The authenticator never fetches a document from this server over HTTP: a WebID under this server's base URL
 * is answered by {@link #issuersOf(String)}, and a token this server issued is checked with
 * {@link #ownPublicKeys()}. Implementations are called on every authenticated request and must be thread-safe and
 * fast (read from the store or memory).
 */
public interface LocalIdentities {

    /**
     * For a WebID hosted on this server, the issuers its profile lists ({@code solid:oidcIssuer}), read from the
     * store; empty when the WebID is not hosted here.
     *
     * <p>A WebID under this server's base URL whose profile does not exist or lists no issuer must give an empty
     * set, not an empty optional, so that the server never fetches its own documents.
     *
     * @param webId the WebID of an access token, an absolute IRI with its fragment
     * @return the issuer IRIs, or empty when the WebID is not hosted here
     */
    Optional<Set<String>> issuersOf(String webId);

    /**
     * This server's own issuer URL (its base URL), so that tokens it issued are checked without HTTP; empty when
     * the server runs no issuer.
     *
     * @return the issuer URL exactly as it appears in the {@code iss} claim of the tokens it issues
     */
    Optional<String> ownIssuer();

    /**
     * The current public keys of this server's issuer; an empty set when the server runs no issuer.
     *
     * @return the public JWK set, the same one the issuer publishes at its {@code jwks_uri}
     */
    JWKSet ownPublicKeys();
}
