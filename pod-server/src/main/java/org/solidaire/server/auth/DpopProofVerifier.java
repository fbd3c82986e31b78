// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.solidaire.server.auth.Challenges.invalidProof;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.DPoPProofFactory;
import com.nimbusds.oauth2.sdk.dpop.DPoPUtils;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;

/**
 * Checks the DPoP proof of a request as RFC 9449 §4.3 lists, and remembers its {@code jti} to refuse replays.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9449#section-4.3">RFC 9449 §4.3 Checking DPoP Proofs</a>
 */
final class DpopProofVerifier {

    private static final JOSEObjectType DPOP_TYPE = DPoPProofFactory.TYPE;

    /** NIST SP 800-57 and RFC 7518 §3.3 put RSA signatures below 2048 bits out of use. */
    private static final int MIN_RSA_BITS = 2048;

    /** Bounds the memory one remembered proof takes; generated identifiers are far shorter. */
    private static final int MAX_JTI_LENGTH = 256;

    private final AuthOptions options;
    private final Clock clock;
    private final Cache<String, Boolean> usedProofs;

    DpopProofVerifier(AuthOptions options, Clock clock, Ticker ticker) {
        this.options = options;
        this.clock = clock;
        this.usedProofs = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(options.replayWindow())
                .maximumSize(options.jtiCacheSize())
                .build();
    }

    /**
     * Checks the proof of a request.
     *
     * @param method the request method
     * @param publicUrl the public URL of the request
     * @param dpop the value of the {@code DPoP} header, all field lines joined, or null
     * @param accessToken the access token the proof must be bound to through {@code ath}
     * @return the RFC 7638 thumbprint of the proof's key, for the token's {@code cnf.jkt}
     * @throws org.solidaire.server.problem.ProblemException 401 naming the check that failed
     */
    Base64URL verify(String method, URI publicUrl, String dpop, String accessToken) {
        SignedJWT proof = parse(single(dpop));
        JWK key = publicKey(proof.getHeader());
        if (!Signatures.verifies(proof, key)) {
            throw invalidProof("DPoP proof signature does not verify with the key of its jwk header");
        }
        JWTClaimsSet claims = claims(proof);
        checkMethod(claims, method);
        checkTarget(claims, publicUrl);
        checkIssuedAt(proof, claims);
        checkAccessTokenHash(claims, accessToken);
        Base64URL thumbprint = thumbprint(key);
        checkFirstUse(claims, thumbprint);
        return thumbprint;
    }

    private static String single(String dpop) {
        if (dpop == null || dpop.isBlank()) {
            throw invalidProof("Missing DPoP header: a DPoP-bound access token needs a DPoP proof (RFC 9449 §7.1)");
        }
        String proof = dpop.strip();
        // A JWS in compact form has no comma or space, so either means several header lines were joined.
        if (proof.chars().anyMatch(c -> c == ',' || Character.isWhitespace(c))) {
            throw invalidProof("Exactly one DPoP header with one DPoP proof is allowed (RFC 9449 §4.3)");
        }
        return proof;
    }

    private static SignedJWT parse(String proof) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(proof);
        } catch (ParseException e) {
            throw invalidProof("DPoP proof is not a well-formed JWT: " + e.getMessage()).causedBy(e);
        }
        if (jwt instanceof PlainJWT) {
            throw invalidProof("DPoP proof with alg none refused: the proof must be signed (RFC 9449 §4.2)");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw invalidProof("DPoP proof must be a JWS, not an encrypted JWT (RFC 9449 §4.2)");
        }
        return signed;
    }

    private static JWK publicKey(JWSHeader header) {
        if (header.getType() == null || !DPOP_TYPE.getType().equalsIgnoreCase(header.getType().getType())) {
            throw invalidProof("DPoP proof typ must be dpop+jwt (RFC 9449 §4.2)");
        }
        if (!Signatures.accepted(header.getAlgorithm())) {
            throw invalidProof("DPoP proof alg " + header.getAlgorithm() + " is not accepted; accepted: "
                    + Signatures.acceptedNames());
        }
        JWK key = header.getJWK();
        if (key == null) {
            throw invalidProof("DPoP proof header has no jwk (RFC 9449 §4.2)");
        }
        if (key.isPrivate()) {
            throw invalidProof("DPoP proof jwk must be a public key without private parts (RFC 9449 §4.2)");
        }
        if (key instanceof RSAKey && key.size() < MIN_RSA_BITS) {
            throw invalidProof("DPoP proof jwk is an RSA key shorter than " + MIN_RSA_BITS + " bits");
        }
        return key;
    }

    private static JWTClaimsSet claims(SignedJWT proof) {
        try {
            return proof.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalidProof("DPoP proof claims are not a valid JWT claims set: " + e.getMessage()).causedBy(e);
        }
    }

    private static void checkMethod(JWTClaimsSet claims, String method) {
        String htm = stringClaim(claims, "htm");
        if (!method.equals(htm)) {
            throw invalidProof("DPoP proof htm does not match the request method " + method + " (RFC 9449 §4.3)");
        }
    }

    private static void checkTarget(JWTClaimsSet claims, URI publicUrl) {
        String htu = stringClaim(claims, "htu");
        Optional<String> expected = RequestTargets.comparable(publicUrl.toString());
        Optional<String> actual = htu == null ? Optional.empty() : RequestTargets.comparable(htu);
        if (actual.isEmpty() || !actual.equals(expected)) {
            throw invalidProof("DPoP proof htu does not match the request URL " + expected.orElse(publicUrl.toString())
                    + ", query and fragment aside (RFC 9449 §4.3)");
        }
    }

    private void checkIssuedAt(SignedJWT proof, JWTClaimsSet claims) {
        if (claims.getIssueTime() == null) {
            throw invalidProof("DPoP proof has no iat (RFC 9449 §4.2)");
        }
        Instant now = clock.instant();
        Instant issued = claims.getIssueTime().toInstant();
        Instant earliest = now.minus(options.proofMaxAge()).minus(options.clockSkew());
        Instant latest = now.plus(options.clockSkew());
        if (issued.isAfter(latest) || issued.isBefore(earliest) && issuedAfter(proof, latest)) {
            throw invalidProof("DPoP proof iat is in the future: check the client's clock (RFC 9449 §11.1)");
        }
        if (issued.isBefore(earliest)) {
            throw invalidProof("DPoP proof iat is too old: proofs are accepted for " + options.proofMaxAge().toSeconds()
                    + " s after they are made (RFC 9449 §11.1)");
        }
    }

    /**
     * Whether the proof's iat, read as the number it is, is after the instant: a number of seconds too large for a
     * date wraps around when it is read as one, and would pass for old. Read again only for a proof that seems old.
     */
    private static boolean issuedAfter(SignedJWT proof, Instant instant) {
        return proof.getPayload().toJSONObject().get("iat") instanceof Number seconds
                && seconds.doubleValue() > instant.getEpochSecond();
    }

    private void checkAccessTokenHash(JWTClaimsSet claims, String accessToken) {
        String ath = stringClaim(claims, "ath");
        if (ath == null) {
            if (options.requireAth()) {
                throw invalidProof("DPoP proof has no ath, the hash of the access token (RFC 9449 §4.2)");
            }
            return;
        }
        Base64URL expected;
        try {
            expected = DPoPUtils.computeSHA256(new DPoPAccessToken(accessToken));
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
        if (!expected.toString().equals(ath)) {
            throw invalidProof("DPoP proof ath does not match the hash of the access token (RFC 9449 §4.3)");
        }
    }

    private static Base64URL thumbprint(JWK key) {
        try {
            return key.computeThumbprint();
        } catch (JOSEException e) {
            throw invalidProof("DPoP proof jwk has no RFC 7638 thumbprint: " + e.getMessage()).causedBy(e);
        }
    }

    /** RFC 9449 §11.1: a proof is used once; its identifier is remembered for as long as its iat passes. */
    private void checkFirstUse(JWTClaimsSet claims, Base64URL thumbprint) {
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw invalidProof("DPoP proof has no jti (RFC 9449 §4.2)");
        }
        if (jti.length() > MAX_JTI_LENGTH) {
            throw invalidProof("DPoP proof jti is longer than " + MAX_JTI_LENGTH + " characters");
        }
        if (usedProofs.asMap().putIfAbsent(thumbprint + " " + jti, Boolean.TRUE) != null) {
            throw invalidProof("DPoP proof jti was already used: a proof is valid for one request (RFC 9449 §11.1)");
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw invalidProof("DPoP proof claim " + name + " must be a string").causedBy(e);
        }
    }
}
