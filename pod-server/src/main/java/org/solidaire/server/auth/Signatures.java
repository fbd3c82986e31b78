// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import java.security.Provider;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import org.conscrypt.Conscrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JWS algorithms accepted for DPoP proofs and access tokens, and signature verification with Nimbus.
 *
 * <p>Only asymmetric algorithms: a proof is signed with a key whose public half it carries, and a token with a key
 * its issuer publishes, so a shared-secret MAC can prove neither (RFC 9449 §4.2 forbids {@code none} and MACs for
 * proofs). EdDSA is not offered because Nimbus verifies it only with an extra library the server does not ship.
 */
final class Signatures {

    /** In the order the challenge lists them. */
    static final List<JWSAlgorithm> ACCEPTED = List.of(
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    private static final Logger LOG = LoggerFactory.getLogger(Signatures.class);

    private static final String NAMES = ACCEPTED.stream().map(JWSAlgorithm::getName)
            .collect(Collectors.joining(" "));

    private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

    /**
     * Elliptic-curve signatures are checked with Conscrypt (BoringSSL's P-256 code) where its native library loads,
     * else with Bouncy Castle: on every authenticated request at least the DPoP proof is one, and the JDK 17
     * provider verifies P-256 about twenty times slower than Conscrypt and five times slower than Bouncy Castle.
     * The provider is set up on the first such check, not at start-up.
     */
    private static final class EllipticCurveVerifiers {
        private static final DefaultJWSVerifierFactory FACTORY = new DefaultJWSVerifierFactory();

        static {
            Provider provider = Conscrypt.isAvailable() ? Conscrypt.newProvider()
                    : BouncyCastleProviderSingleton.getInstance();
            LOG.info("Elliptic-curve signatures are verified with {}", provider.getName());
            FACTORY.getJCAContext().setProvider(provider);
        }
    }

    private Signatures() {
    }

    /** The accepted algorithm names separated by spaces, for the {@code algs} parameter of the challenge. */
    static String acceptedNames() {
        return NAMES;
    }

    static boolean accepted(JWSAlgorithm algorithm) {
        return ACCEPTED.contains(algorithm);
    }

    /**
     * Whether the JWS verifies with the public key; false too when the key does not suit the algorithm (an RSA key
     * for ES256, a P-384 key for ES256, a symmetric key).
     */
    static boolean verifies(SignedJWT jws, JWK key) {
        Optional<JWSVerifier> verifier = verifier(jws.getHeader(), key);
        try {
            return verifier.isPresent() && jws.verify(verifier.get());
        } catch (JOSEException e) {
            return false;
        }
    }

    /**
     * The verifier of signatures by the public key under the header's algorithm, which may be used by many threads
     * at once; empty when the key does not suit the algorithm.
     */
    static Optional<JWSVerifier> verifier(JWSHeader header, JWK key) {
        if (!(key instanceof AsymmetricJWK asymmetric)) {
            return Optional.empty();
        }
        try {
            DefaultJWSVerifierFactory factory = key instanceof ECKey ? EllipticCurveVerifiers.FACTORY : VERIFIERS;
            return Optional.of(factory.createJWSVerifier(header, asymmetric.toPublicKey()));
        } catch (JOSEException e) {
            return Optional.empty();
        }
    }
}
