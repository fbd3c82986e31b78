// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.solidaire.server.auth.Challenges.invalidProof;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
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

    /**
     * How many characters of proof headers, and of access tokens, the caches below hold at most: a few thousand
     * clients' worth (a P-256 header is about 250 characters, an access token about a thousand). Anyone can send
     * proofs that verify, so it is the text, not the number of entries, that bounds the memory they take.
     */
    private static final long KNOWN_CHARACTERS = 4_000_000;

    private final AuthOptions options;
    private final Clock clock;
    private final Cache<String, Boolean> usedProofs;
    /**
     * The checked key and verifier of each proof header seen lately, by the header's exact text: a client signs
     * every proof with one key, so its proofs share one header, and parsing the key, checking it and computing its
     * thumbprint once per client rather than once per request takes a third of the cost of a proof. Each proof's
     * signature is still checked, with the key its header names.
     */
    private final Cache<String, ProofKey> keys;
    /** The {@code ath} of each access token seen lately, the SHA-256 hash of its text. */
    private final Cache<String, String> tokenHashes;

    DpopProofVerifier(AuthOptions options, Clock clock, Ticker ticker) {
        this.options = options;
        this.clock = clock;
        this.usedProofs = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(options.replayWindow())
                .maximumSize(options.jtiCacheSize())
                .build();
        this.keys = Caffeine.newBuilder().ticker(ticker)
                .maximumWeight(KNOWN_CHARACTERS).weigher((String header, ProofKey key) -> header.length())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
        this.tokenHashes = Caffeine.newBuilder().ticker(ticker)
                .maximumWeight(KNOWN_CHARACTERS).weigher((String token, String hash) -> token.length())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
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
        String proof = single(dpop);
        Base64URL[] parts = split(proof);
        ProofKey key = keys.getIfPresent(parts[0].toString());
        if (key == null) {
            key = proofKey(parse(proof).getHeader());
            keys.put(parts[0].toString(), key);
        }
        if (!key.verifies(proof, parts[2])) {
            throw invalidProof("DPoP proof signature does not verify with the key of its jwk header");
        }
        JWTClaimsSet claims = claims(parts[1]);
        checkMethod(claims, method);
        checkTarget(claims, publicUrl);
        checkIssuedAt(parts[1], claims);
        checkAccessTokenHash(claims, accessToken);
        checkFirstUse(claims, key.thumbprint());
        return key.thumbprint();
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

    /** The three parts of a JWS in compact form; a JWE has five, which {@link #parse} names. */
    private static Base64URL[] split(String proof) {
        Base64URL[] parts;
        try {
            parts = JOSEObject.split(proof);
        } catch (ParseException e) {
            throw invalidProof("DPoP proof is not a well-formed JWT: " + e.getMessage()).causedBy(e);
        }
        if (parts.length != 3) {
            parse(proof);
            throw invalidProof("DPoP proof is not a well-formed JWT: a JWS has three parts");
        }
        return parts;
    }

    /** Checks what the protected header of a proof says about its key, and makes the verifier of that key. */
    private static ProofKey proofKey(JWSHeader header) {
        if (header.getType() == null || !DPOP_TYPE.getType().equalsIgnoreCase(header.getType().getType())) {
            throw invalidProof("DPoP proof typ must be dpop+jwt (RFC 9449 §4.2)");
        }
        if (!Signatures.accepted(header.getAlgorithm())) {
            throw invalidProof("DPoP proof alg " + header.getAlgorithm() + " is not accepted; accepted: "
                    + Signatures.acceptedNames());
        }
        if (!header.isBase64URLEncodePayload()) {
            throw invalidProof("DPoP proof payload must be base64url-encoded: b64 false is not accepted");
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
        return new ProofKey(header, Signatures.verifier(header, key).orElse(null), thumbprint(key));
    }

    private static JWTClaimsSet claims(Base64URL payload) {
        try {
            return JWTClaimsSet.parse(payload.decodeToString());
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

    private void checkIssuedAt(Base64URL payload, JWTClaimsSet claims) {
        if (claims.getIssueTime() == null) {
            throw invalidProof("DPoP proof has no iat (RFC 9449 §4.2)");
        }
        Instant now = clock.instant();
        Instant issued = claims.getIssueTime().toInstant();
        Instant earliest = now.minus(options.proofMaxAge()).minus(options.clockSkew());
        Instant latest = now.plus(options.clockSkew());
        if (issued.isAfter(latest) || issued.isBefore(earliest) && issuedAfter(payload, latest)) {
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
    private static boolean issuedAfter(Base64URL payload, Instant instant) {
        try {
            return JSONObjectUtils.parse(payload.decodeToString()).get("iat") instanceof Number seconds
                    && seconds.doubleValue() > instant.getEpochSecond();
        } catch (ParseException e) {
            return false;
        }
    }

    private void checkAccessTokenHash(JWTClaimsSet claims, String accessToken) {
        String ath = stringClaim(claims, "ath");
        if (ath == null) {
            if (options.requireAth()) {
                throw invalidProof("DPoP proof has no ath, the hash of the access token (RFC 9449 §4.2)");
            }
            return;
        }
        if (!tokenHashes.get(accessToken, DpopProofVerifier::accessTokenHash).equals(ath)) {
            throw invalidProof("DPoP proof ath does not match the hash of the access token (RFC 9449 §4.3)");
        }
    }

    private static String accessTokenHash(String accessToken) {
        try {
            return DPoPUtils.computeSHA256(new DPoPAccessToken(accessToken)).toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
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

    /**
     * What a proof header says once checked: its key's thumbprint and the verifier of its key, or none when the key
     * does not suit the algorithm, so that no signature verifies.
     */
    private record ProofKey(JWSHeader header, JWSVerifier verifier, Base64URL thumbprint) {

        /** Whether the signature of the proof in compact form verifies: its signing input is all before it. */
        boolean verifies(String proof, Base64URL signature) {
            if (verifier == null) {
                return false;
            }
            byte[] signingInput = proof.substring(0, proof.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
            try {
                return verifier.verify(header, signingInput, signature);
            } catch (JOSEException e) {
                return false;
            }
        }
    }
}
