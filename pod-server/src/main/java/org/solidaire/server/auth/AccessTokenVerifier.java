// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.solidaire.server.auth.Challenges.invalidToken;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.JWKThumbprintConfirmation;

/**
 * Checks a Solid-OIDC access token: a signed JWT for the {@code solid} audience, not expired, naming a WebID,
 * bound to the key of the request's DPoP proof, and signed by an issuer that the WebID's profile lists.
 *
 * <p>The claims that need no network are checked first, then the WebID's issuers, then the issuer's keys: a token
 * that fails a cheap check costs no fetch, and the keys of an issuer are fetched only once a profile vouches
 * for it.
 *
 * @see <a href="https://solidproject.org/TR/oidc#resource-access-validation">Solid-OIDC §8 Resource Access
 *     Validation</a>
 */
final class AccessTokenVerifier {

    /** Solid-OIDC §6.1: the audience every Solid resource server accepts. */
    private static final String SOLID_AUDIENCE = "solid";

    private final AuthOptions options;
    private final Clock clock;
    private final WebIdIssuers webIdIssuers;
    private final IssuerKeys issuerKeys;
    /**
     * Tokens whose signature has been checked, by their exact text: an app sends the same token with every
     * request, and checking its signature again each time would double the cost of an authenticated request.
     * Expiry, audience, binding and the WebID's issuers are still checked on every use. Bounded by the text of the
     * tokens, since anyone with an issuer of their own can have it sign tokens padded to the request header limit:
     * eight million characters, several thousand tokens of the usual thousand characters.
     */
    private final Cache<String, JWTClaimsSet> signedTokens = Caffeine.newBuilder()
            .maximumWeight(8_000_000).weigher((String token, JWTClaimsSet claims) -> token.length())
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    AccessTokenVerifier(AuthOptions options, Clock clock, WebIdIssuers webIdIssuers, IssuerKeys issuerKeys) {
        this.options = options;
        this.clock = clock;
        this.webIdIssuers = webIdIssuers;
        this.issuerKeys = issuerKeys;
    }

    /**
     * Checks the token and returns the identity it carries.
     *
     * @param token the access token of the {@code Authorization} header
     * @param proofThumbprint the RFC 7638 thumbprint of the verified DPoP proof's key
     * @return the credentials of the agent
     * @throws org.solidaire.server.problem.ProblemException 401 naming the check that failed
     */
    Credentials verify(String token, Base64URL proofThumbprint) {
        JWTClaimsSet known = signedTokens.getIfPresent(token);
        SignedJWT jwt = known == null ? parse(token) : null;
        JWTClaimsSet claims = known != null ? known : claims(jwt);
        String issuer = requiredString(claims, "iss");
        checkLifetime(claims);
        checkAudience(claims);
        String webId = webId(claims);
        checkBinding(claims, proofThumbprint);
        webIdIssuers.checkListed(webId, issuer);
        if (known == null) {
            issuerKeys.checkSignature(jwt, issuer);
            signedTokens.put(token, claims);
        }
        return new Credentials(Optional.of(webId), clientId(claims), Optional.of(issuer));
    }

    private static SignedJWT parse(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw invalidToken("Access token is not a well-formed JWT: " + e.getMessage()).causedBy(e);
        }
        if (jwt instanceof PlainJWT) {
            throw invalidToken("Access token with alg none refused: it must be signed by its issuer");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw invalidToken("Access token must be a JWS, not an encrypted JWT");
        }
        if (!Signatures.accepted(signed.getHeader().getAlgorithm())) {
            throw invalidToken("Access token alg " + signed.getHeader().getAlgorithm() + " is not accepted; accepted: "
                    + Signatures.acceptedNames());
        }
        return signed;
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalidToken("Access token claims are not a valid JWT claims set: " + e.getMessage()).causedBy(e);
        }
    }

    private void checkLifetime(JWTClaimsSet claims) {
        Instant now = clock.instant();
        if (claims.getExpirationTime() == null) {
            throw invalidToken("Access token has no exp (Solid-OIDC §6.1)");
        }
        if (!now.isBefore(claims.getExpirationTime().toInstant().plus(options.clockSkew()))) {
            throw invalidToken("Access token expired: its exp has passed");
        }
        if (claims.getNotBeforeTime() != null
                && claims.getNotBeforeTime().toInstant().isAfter(now.plus(options.clockSkew()))) {
            throw invalidToken("Access token is not valid yet: its nbf is in the future");
        }
    }

    private static void checkAudience(JWTClaimsSet claims) {
        if (!claims.getAudience().contains(SOLID_AUDIENCE)) {
            throw invalidToken("Access token aud does not include solid: it is meant for another audience "
                    + "(Solid-OIDC §6.1)");
        }
    }

    private static String webId(JWTClaimsSet claims) {
        String webId = requiredString(claims, "webid");
        if (!isHttpIri(webId)) {
            throw invalidToken("Access token webid claim is not an http or https IRI (Solid-OIDC §6.1)");
        }
        return webId;
    }

    private static boolean isHttpIri(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null && ("https".equals(scheme) || "http".equals(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** RFC 9449 §6.1: the token is bound to the key whose thumbprint {@code cnf.jkt} holds. */
    private static void checkBinding(JWTClaimsSet claims, Base64URL proofThumbprint) {
        JWKThumbprintConfirmation confirmation = JWKThumbprintConfirmation.parse(claims);
        if (confirmation == null) {
            throw invalidToken("Access token has no cnf.jkt: it is not bound to a DPoP key (RFC 9449 §6.1)");
        }
        if (!confirmation.getValue().equals(proofThumbprint)) {
            throw invalidToken("DPoP proof signed by another key than the access token's cnf.jkt (RFC 9449 §6.1)");
        }
    }

    private static Optional<String> clientId(JWTClaimsSet claims) {
        String clientId = optionalString(claims, "client_id");
        return Optional.ofNullable(clientId != null ? clientId : optionalString(claims, "azp"));
    }

    private static String requiredString(JWTClaimsSet claims, String name) {
        String value = optionalString(claims, name);
        if (value == null || value.isBlank()) {
            throw invalidToken("Access token has no " + name + " claim (Solid-OIDC §6.1)");
        }
        return value;
    }

    private static String optionalString(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw invalidToken("Access token claim " + name + " must be a string").causedBy(e);
        }
    }
}
