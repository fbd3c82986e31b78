// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.Scope;

/**
 * Makes the signed tokens of the issuer: DPoP-bound access tokens and ID tokens, both naming the WebID.
 *
 * @see <a href="https://solidproject.org/TR/oidc#tokens">Solid-OIDC §8 Tokens</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9068">RFC 9068 JWT Profile for OAuth 2.0 Access Tokens</a>
 */
final class TokenFactory {

    /** Solid-OIDC §8.1: the audience every Solid resource server accepts. */
    static final String SOLID_AUDIENCE = "solid";
    static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private final IssuerKeys keys;
    private final String issuer;
    private final Duration lifetime;
    private final JWSAlgorithm accessTokenAlgorithm;

    TokenFactory(IssuerKeys keys, String issuer, Duration lifetime, JWSAlgorithm accessTokenAlgorithm) {
        this.keys = keys;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.accessTokenAlgorithm = accessTokenAlgorithm;
    }

    Duration lifetime() {
        return lifetime;
    }

    /**
     * An access token for a WebID used through a client, bound to the client's DPoP key.
     *
     * @param jkt the RFC 7638 thumbprint of the DPoP public key (RFC 9449 §6.1)
     */
    String accessToken(String webId, String clientId, Base64URL jkt, Scope scope) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(webId)
                .audience(List.of(SOLID_AUDIENCE, clientId))
                .claim("webid", webId)
                .claim("client_id", clientId)
                .claim("azp", clientId)
                .claim("scope", scope.toString())
                .claim("cnf", Map.of("jkt", jkt.toString()))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        return keys.sign(claims, accessTokenAlgorithm, ACCESS_TOKEN_TYPE);
    }

    /**
     * An ID token for the client credentials grant, bound like the access token to the client's DPoP key: Inrupt's
     * clients present the ID token to resource servers, with a DPoP proof from the key its {@code cnf.jkt} names,
     * and this server accepts it as it accepts the access token ({@code aud} holds {@code solid}).
     */
    String boundIdToken(String webId, String clientId, Base64URL jkt) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(webId)
                .audience(List.of(clientId, SOLID_AUDIENCE))
                .claim("azp", clientId)
                .claim("client_id", clientId)
                .claim("webid", webId)
                .claim("auth_time", now.getEpochSecond())
                .claim("cnf", Map.of("jkt", jkt.toString()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        return keys.sign(claims, JWSAlgorithm.RS256, JOSEObjectType.JWT);
    }

    /**
     * An ID token, signed with RS256 which every OpenID relying party supports (OpenID Connect Core §15.1).
     *
     * @param nonce the nonce of the authentication request, or null
     * @param authTime when the person logged in
     */
    String idToken(String webId, String clientId, String nonce, Instant authTime) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(webId)
                .audience(List.of(clientId, SOLID_AUDIENCE))
                .claim("azp", clientId)
                .claim("webid", webId)
                .claim("auth_time", authTime.getEpochSecond())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return keys.sign(claims.build(), JWSAlgorithm.RS256, JOSEObjectType.JWT);
    }
}
