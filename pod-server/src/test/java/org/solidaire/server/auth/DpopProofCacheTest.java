// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidaire.server.auth.AuthFixture.CLIENT_EC;
import static org.solidaire.server.auth.AuthFixture.CLIENT_RSA;
import static org.solidaire.server.auth.AuthFixture.assertRefused;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.solidaire.server.auth.DpopRequest.Attempt;
import org.solidaire.server.problem.ProblemException;

/**
 * Proofs whose protected header the authenticator has already checked and kept: what an attacker who has seen a
 * client's proofs, and so its header, can make of them. Nothing is accepted that a fresh authenticator refuses.
 */
class DpopProofCacheTest {

    private static final String INVALID_PROOF = "invalid_dpop_proof";

    private final LocalAuthenticators authenticators = new LocalAuthenticators();
    private final TestClock clock = authenticators.clock();
    private final RequestAuthenticator authenticator = authenticators.with(AuthOptions.defaults());

    @AfterEach
    void stop() {
        authenticators.close();
    }

    @Test
    void refusesACachedHeaderWithTheSignatureOfAnotherProof() {
        warm();
        Attempt other = DpopRequest.at(clock).method("DELETE").build();
        Attempt forged = withProof(DpopRequest.at(clock).method("DELETE").build(),
                proof -> part(proof, 0) + "." + part(proof, 1) + "." + part(DpopRequest.at(clock).build().dpop(), 2));

        assertTrue(other.against(authenticator).isAuthenticated());
        assertRefused(() -> forged.against(authenticator), INVALID_PROOF, "signature does not verify");
    }

    @Test
    void refusesACachedHeaderWithAnEmptyOrTruncatedSignature() {
        warm();
        List<UnaryOperator<String>> cuts = List.of(
                proof -> proof.substring(0, proof.lastIndexOf('.') + 1),
                proof -> proof.substring(0, proof.length() - 1),
                proof -> proof.substring(0, proof.lastIndexOf('.') + 1 + part(proof, 2).length() / 2),
                proof -> proof.substring(0, proof.lastIndexOf('.') + 2),
                proof -> proof + "AAAA");
        for (UnaryOperator<String> cut : cuts) {
            Attempt attempt = withProof(DpopRequest.at(clock).build(), cut);

            assertRefused(() -> attempt.against(authenticator), INVALID_PROOF, "signature does not verify");
        }
    }

    @Test
    void refusesAHeaderThatDiffersFromACachedOneOnlyInWhitespaceOrMemberOrderUnderItsSignature() {
        warm();
        for (UnaryOperator<String> rewrite : List.<UnaryOperator<String>>of(
                json -> json.replace(",", ", "), json -> " " + json, DpopProofCacheTest::reordered)) {
            Attempt attempt = withProof(DpopRequest.at(clock).build(), proof -> Base64URL.encode(
                    rewrite.apply(Base64URL.from(part(proof, 0)).decodeToString())) + "." + part(proof, 1) + "."
                    + part(proof, 2));

            assertRefused(() -> attempt.against(authenticator), INVALID_PROOF, "signature does not verify");
        }
    }

    @Test
    void checksAHeaderThatDiffersFromACachedOneOnlyInMemberOrderOnItsOwn() {
        warm();
        Attempt resigned = withProof(DpopRequest.at(clock).build(), proof -> resigned(proof,
                reordered(Base64URL.from(part(proof, 0)).decodeToString()), CLIENT_EC));

        assertTrue(resigned.against(authenticator).isAuthenticated());
    }

    @Test
    void refusesAShortRsaKeyAndAKeyThatDoesNotSuitTheAlgorithmAlsoWhenSeenBefore() throws JOSEException {
        RSAKey shortKey = new RSAKeyGenerator(1024, true).generate();
        warm();
        for (int i = 0; i < 2; i++) {
            Attempt shortRsa = DpopRequest.at(clock).proofKey(shortKey, JWSAlgorithm.RS256)
                    .proofSignedBy(CLIENT_RSA, JWSAlgorithm.RS256).build();
            Attempt rsaForEs256 = DpopRequest.at(clock).proofKey(CLIENT_RSA, JWSAlgorithm.RS256)
                    .dpopHeader(proof -> Base64URL.encode(Base64URL.from(part(proof, 0)).decodeToString()
                            .replace("\"RS256\"", "\"ES256\"")) + "." + part(proof, 1) + "." + part(proof, 2))
                    .build();

            assertRefused(() -> shortRsa.against(authenticator), INVALID_PROOF, "shorter than 2048 bits");
            assertRefused(() -> rsaForEs256.against(authenticator), INVALID_PROOF, "signature does not verify");
        }
    }

    @Test
    void refusesAJweWhoseFirstPartIsACachedHeader() {
        warm();
        Attempt jwe = withProof(DpopRequest.at(clock).build(), proof -> proof + ".AAAA.AAAA");

        assertRefused(() -> jwe.against(authenticator), INVALID_PROOF, "not a well-formed JWT");
    }

    @Test
    void refusesTheAthOfAnotherTokenWhoseHashIsKnown() {
        Attempt first = DpopRequest.at(clock).build();
        assertTrue(first.against(authenticator).isAuthenticated());
        String knownAth = claim(first.dpop(), "ath");
        Attempt attempt = DpopRequest.at(clock).ath(knownAth).build();

        assertRefused(() -> attempt.against(authenticator), INVALID_PROOF, "ath does not match");
    }

    /**
     * Random changes to every part of proofs whose header is known: each is refused with a 401 or accepted, as an
     * authenticator that has seen no proof decides.
     */
    @Test
    void decidesChangedProofsAsAnAuthenticatorThatHasSeenNoneDoes() {
        warm();
        Random random = new Random(18);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";
        for (int i = 0; i < 300; i++) {
            Attempt attempt = DpopRequest.at(clock).proofKey(i % 3 == 0 ? CLIENT_RSA : CLIENT_EC,
                    i % 3 == 0 ? JWSAlgorithm.PS256 : JWSAlgorithm.ES256).build();
            StringBuilder changed = new StringBuilder(attempt.dpop());
            int at = random.nextInt(changed.length());
            char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> changed.setCharAt(at, replacement);
                case 1 -> changed.insert(at, replacement);
                default -> changed.deleteCharAt(at);
            }
            Attempt sameChanged = withProof(attempt, proof -> changed.toString());
            boolean fresh = accepted(sameChanged, authenticators.with(AuthOptions.defaults()));

            assertEquals(fresh, accepted(sameChanged, authenticator), "cached and fresh differ on " + changed);
        }
    }

    @Test
    void acceptsOnlyTheValidOfManyProofsWithOneHeaderUnderConcurrency() throws Exception {
        warm();
        List<Callable<Boolean>> tries = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < 200; i++) {
            Attempt attempt = DpopRequest.at(clock).method(i % 2 == 0 ? "GET" : "DELETE").build();
            if (i % 4 == 0) {
                valid++;
                tries.add(() -> accepted(attempt, authenticator));
            } else if (i % 4 == 1) {
                Attempt forged = withProof(attempt, proof -> part(proof, 0) + "." + part(proof, 1) + "."
                        + part(DpopRequest.at(clock).build().dpop(), 2));
                tries.add(() -> accepted(forged, authenticator));
            } else if (i % 4 == 2) {
                Attempt replayed = DpopRequest.at(clock).build();
                valid++;
                tries.add(() -> accepted(replayed, authenticator) ^ accepted(replayed, authenticator));
            } else {
                Attempt truncated = withProof(attempt, proof -> proof.substring(0, proof.length() - 2));
                tries.add(() -> accepted(truncated, authenticator));
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            long accepted = 0;
            for (Future<Boolean> result : threads.invokeAll(tries)) {
                accepted += result.get() ? 1 : 0;
            }

            assertEquals(valid, accepted);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Has the authenticator check and keep the header of the client's proofs. */
    private void warm() {
        assertTrue(DpopRequest.at(clock).build().against(authenticator).isAuthenticated());
        assertTrue(DpopRequest.at(clock).proofKey(CLIENT_RSA, JWSAlgorithm.PS256).build().against(authenticator)
                .isAuthenticated());
    }

    /** Accepted, or refused with 401; any other outcome fails the test. */
    private static boolean accepted(Attempt attempt, RequestAuthenticator by) {
        try {
            return by.authenticate(attempt.method(), attempt.url(), attempt.authorization(), attempt.dpop())
                    .isAuthenticated();
        } catch (ProblemException e) {
            assertEquals(401, e.status(), e.detail());
            return false;
        }
    }

    private static Attempt withProof(Attempt attempt, UnaryOperator<String> change) {
        return new Attempt(attempt.method(), attempt.url(), attempt.authorization(), change.apply(attempt.dpop()));
    }

    private static String part(String proof, int index) {
        return proof.split("\\.", -1)[index];
    }

    private static String claim(String proof, String name) {
        return (String) Base64URL.from(part(proof, 1)).decodeToString().transform(json -> {
            int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
            return json.substring(start, json.indexOf('"', start));
        });
    }

    /** The members of a flat JSON object with its first member moved last; jwk stays whole. */
    private static String reordered(String json) {
        int jwk = json.indexOf("\"jwk\":");
        String key = json.substring(jwk, json.indexOf('}', jwk) + 1);
        String rest = (json.substring(1, jwk) + json.substring(jwk + key.length(), json.length() - 1))
                .replaceAll("^,|,$", "").replace(",,", ",");
        return "{" + key + "," + rest + "}";
    }

    /** The proof with another header, signed again over it with the key. */
    private static String resigned(String proof, String headerJson, JWK key) {
        String signingInput = Base64URL.encode(headerJson) + "." + part(proof, 1);
        try {
            JWSHeader header = JWSHeader.parse(headerJson);
            Base64URL signature = AuthFixture.signer(key).sign(new JWSHeader(header.getAlgorithm()),
                    signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + signature;
        } catch (JOSEException | java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

}
