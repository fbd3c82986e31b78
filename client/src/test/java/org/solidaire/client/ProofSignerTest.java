// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The DPoP proofs a session signs with its own key (RFC 9449 §4.2). */
class ProofSignerTest {

    private static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";

    private final KeyPair keys = PodSession.newProofKey();
    private final ProofSigner signer = ProofSigner.of(keys);
    private final String thumbprint = thumbprint(keys);

    @Test
    void aProofIsSignedWithTheKeyAndBindsMethodTargetAndToken() throws Exception {
        URI uri = URI.create("http://127.0.0.1:8080/alice/water/2024-01.ttl?x=1#frag");

        SignedJWT proof = SignedJWT.parse(signer.proof(thumbprint, "PUT", uri, TOKEN).orElseThrow());

        byte[] hash = MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.US_ASCII));
        assertAll(
                () -> assertTrue(proof.verify(new ECDSAVerifier((ECPublicKey) keys.getPublic()))),
                () -> assertEquals(JWSAlgorithm.ES256, proof.getHeader().getAlgorithm()),
                () -> assertEquals(new JOSEObjectType("dpop+jwt"), proof.getHeader().getType()),
                () -> assertEquals(thumbprint, proof.getHeader().getJWK().computeThumbprint().toString()),
                () -> assertTrue(proof.getHeader().getJWK().toJSONObject().get("d") == null),
                () -> assertEquals("PUT", proof.getJWTClaimsSet().getStringClaim("htm")),
                () -> assertEquals("http://127.0.0.1:8080/alice/water/2024-01.ttl",
                        proof.getJWTClaimsSet().getStringClaim("htu")),
                () -> assertEquals(Base64URL.encode(hash).toString(), proof.getJWTClaimsSet().getStringClaim("ath")),
                () -> assertTrue(proof.getJWTClaimsSet().getIssueTime() != null),
                () -> assertTrue(proof.getJWTClaimsSet().getJWTID().length() >= 16));
    }

    @Test
    void everyProofHasItsOwnIdentifier() throws Exception {
        URI uri = URI.create("http://127.0.0.1:8080/alice/");

        String first = SignedJWT.parse(signer.proof(thumbprint, "GET", uri, TOKEN).orElseThrow())
                .getJWTClaimsSet().getJWTID();
        String second = SignedJWT.parse(signer.proof(thumbprint, "GET", uri, TOKEN).orElseThrow())
                .getJWTClaimsSet().getJWTID();

        assertNotEquals(first, second);
    }

    @Test
    void aTokenBoundToAnotherKeyGetsNoProof() {
        String other = thumbprint(PodSession.newProofKey());

        assertEquals(Optional.empty(), signer.proof(other, "GET", URI.create("http://127.0.0.1:8080/"), TOKEN));
    }

    @Test
    void onlyAnEllipticCurveKeyPairSigns() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rsaKeys = rsa.generateKeyPair();

        assertThrows(IllegalArgumentException.class, () -> ProofSigner.of(rsaKeys));
    }

    @Test
    void theTargetLosesQueryAndFragmentOnly() {
        assertAll(
                () -> assertEquals(URI.create("http://h/a%20b/c"), ProofSigner.target(URI.create("http://h/a%20b/c"))),
                () -> assertEquals(URI.create("http://h/a"), ProofSigner.target(URI.create("http://h/a?q=1"))),
                () -> assertEquals(URI.create("http://h/a"), ProofSigner.target(URI.create("http://h/a#f?g"))),
                () -> assertEquals(URI.create("http://h/a"), ProofSigner.target(URI.create("http://h/a?q#f"))));
    }

    private static String thumbprint(KeyPair keys) {
        try {
            return new ECKey.Builder(Curve.P_256, (ECPublicKey) keys.getPublic()).build().computeThumbprint()
                    .toString();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
