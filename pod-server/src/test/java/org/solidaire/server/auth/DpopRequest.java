// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.DPoPUtils;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;

/**
 * A request as a Solid client makes it: an access token from an issuer and a DPoP proof for the method and URL,
 * valid by default, with one setter per thing an attack changes.
 */
final class DpopRequest {

    /** The header values and request line the authenticator is given. */
    record Attempt(String method, URI url, String authorization, String dpop) {

        Credentials against(RequestAuthenticator authenticator) {
            return authenticator.authenticate(method, url, authorization, dpop);
        }
    }

    private final Instant now;

    private String method = "GET";
    private URI url = AuthFixture.RESOURCE;
    private String scheme = "DPoP";

    private JWK proofKey = AuthFixture.CLIENT_EC;
    private JWSAlgorithm proofAlgorithm = JWSAlgorithm.ES256;
    private JWK proofSigningKey;
    private String type = "dpop+jwt";
    private String htm;
    private String htu;
    private Duration proofAge = Duration.ZERO;
    private Number issuedAtSeconds;
    private String jti = UUID.randomUUID().toString();
    private boolean withAth = true;
    private String ath;
    private boolean unsignedProof;
    private boolean privateJwk;
    private UnaryOperator<String> dpopHeader = UnaryOperator.identity();

    private JWK issuerKey = AuthFixture.OWN_KEY;
    private JWSAlgorithm tokenAlgorithm = JWSAlgorithm.ES256;
    private String tokenKeyId;
    private String issuer = AuthFixture.OWN_ISSUER;
    private String webId = AuthFixture.ALICE;
    private List<String> audience = List.of("solid", AuthFixture.CLIENT_ID);
    private Duration tokenLifetime = Duration.ofMinutes(5);
    private JWK boundKey;
    private boolean unsignedToken;
    private String clientIdClaim = "client_id";

    private DpopRequest(Instant now) {
        this.now = now;
    }

    /** A valid request at the clock's time, for Alice's WebID with a token of the server's own issuer. */
    static DpopRequest at(TestClock clock) {
        return new DpopRequest(clock.instant());
    }

    DpopRequest method(String value) {
        method = value;
        return this;
    }

    DpopRequest url(String value) {
        url = URI.create(value);
        return this;
    }

    DpopRequest scheme(String value) {
        scheme = value;
        return this;
    }

    /** The key whose public half the proof carries, and the algorithm it signs with. */
    DpopRequest proofKey(JWK key, JWSAlgorithm algorithm) {
        proofKey = key;
        proofAlgorithm = algorithm;
        return this;
    }

    /** Signs the proof with another key than the one in its header. */
    DpopRequest proofSignedBy(JWK key, JWSAlgorithm algorithm) {
        proofSigningKey = key;
        proofAlgorithm = algorithm;
        return this;
    }

    DpopRequest type(String value) {
        type = value;
        return this;
    }

    DpopRequest htm(String value) {
        htm = value;
        return this;
    }

    DpopRequest htu(String value) {
        htu = value;
        return this;
    }

    /** Makes the proof this old; negative for a proof from the future. */
    /** The proof's iat as this number, whatever it is, rather than a time. */
    DpopRequest issuedAtSeconds(Number value) {
        issuedAtSeconds = value;
        return this;
    }

    DpopRequest proofAge(Duration value) {
        proofAge = value;
        return this;
    }

    DpopRequest jti(String value) {
        jti = value;
        return this;
    }

    DpopRequest withoutAth() {
        withAth = false;
        return this;
    }

    DpopRequest ath(String value) {
        ath = value;
        return this;
    }

    DpopRequest unsignedProof() {
        unsignedProof = true;
        return this;
    }

    /** Puts the whole key, private parts included, in the proof's jwk header. */
    DpopRequest privateJwk() {
        privateJwk = true;
        return this;
    }

    /** Changes the DPoP header value made from the proof; returning null leaves the header out. */
    DpopRequest dpopHeader(UnaryOperator<String> change) {
        dpopHeader = change;
        return this;
    }

    DpopRequest issuer(String value, JWK key, JWSAlgorithm algorithm) {
        issuer = value;
        issuerKey = key;
        tokenAlgorithm = algorithm;
        return this;
    }

    /** Signs the token with another key than the issuer's, under the same key identifier. */
    DpopRequest tokenSignedBy(JWK key) {
        tokenKeyId = issuerKey.getKeyID();
        issuerKey = key;
        return this;
    }

    DpopRequest webId(String value) {
        webId = value;
        return this;
    }

    DpopRequest audience(String... values) {
        audience = List.of(values);
        return this;
    }

    /** Makes the token expire this long after now; negative for an expired token. */
    DpopRequest tokenLifetime(Duration value) {
        tokenLifetime = value;
        return this;
    }

    /** Binds the token to another key than the proof's. */
    DpopRequest boundTo(JWK key) {
        boundKey = key;
        return this;
    }

    DpopRequest unsignedToken() {
        unsignedToken = true;
        return this;
    }

    /** Names the client with {@code azp} instead of {@code client_id}. */
    DpopRequest clientIdAsAzp() {
        clientIdClaim = "azp";
        return this;
    }

    Attempt build() {
        String token = accessToken();
        String proof = proof(token);
        return new Attempt(method, url, scheme + " " + token, dpopHeader.apply(proof));
    }

    private String accessToken() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(webId)
                .claim("webid", webId)
                .claim(clientIdClaim, AuthFixture.CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(tokenLifetime)))
                .claim("cnf", Map.of("jkt", thumbprint(boundKey == null ? proofKey : boundKey)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        if (unsignedToken) {
            return new PlainJWT(claims).serialize();
        }
        JWSHeader header = new JWSHeader.Builder(tokenAlgorithm).type(new JOSEObjectType("at+jwt"))
                .keyID(tokenKeyId == null ? issuerKey.getKeyID() : tokenKeyId).build();
        return sign(header, claims, issuerKey);
    }

    private String proof(String token) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(jti)
                .claim("htm", htm == null ? method : htm)
                .claim("htu", htu == null ? url.toString() : htu)
                .issueTime(Date.from(now.minus(proofAge)));
        if (issuedAtSeconds != null) {
            claims.claim("iat", issuedAtSeconds);
        }
        if (withAth) {
            claims.claim("ath", ath != null ? ath : hash(token));
        }
        if (unsignedProof) {
            PlainHeader header = new PlainHeader.Builder().type(new JOSEObjectType(type))
                    .customParam("jwk", proofKey.toPublicJWK().toJSONObject()).build();
            return new PlainJWT(header, claims.build()).serialize();
        }
        if (privateJwk) {
            return signedWithPrivateJwk(claims.build());
        }
        JWSHeader header = new JWSHeader.Builder(proofAlgorithm).type(new JOSEObjectType(type))
                .jwk(proofKey.toPublicJWK()).build();
        return sign(header, claims.build(), proofSigningKey == null ? proofKey : proofSigningKey);
    }

    /**
     * A proof whose header carries the private key. Nimbus builds no such header, so the compact form is put
     * together from the header JSON and a Nimbus signature over it, as a careless client library would.
     */
    private String signedWithPrivateJwk(JWTClaimsSet claims) {
        Map<String, Object> header = Map.of("typ", type, "alg", proofAlgorithm.getName(), "jwk",
                proofKey.toJSONObject());
        String signingInput = Base64URL.encode(JSONObjectUtils.toJSONString(header)) + "."
                + Base64URL.encode(claims.toString());
        try {
            Base64URL signature = AuthFixture.signer(proofKey).sign(new JWSHeader(proofAlgorithm),
                    signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + signature;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, JWK key) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(AuthFixture.signer(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String thumbprint(JWK key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String token) {
        try {
            return DPoPUtils.computeSHA256(new DPoPAccessToken(token)).toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
