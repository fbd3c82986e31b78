// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.function.Executable;
import org.solidaire.server.problem.ProblemException;

/** The keys, names and assertions shared by the authentication tests. */
final class AuthFixture {

    /** The public base URL of the pod server under test, which is also its issuer. */
    static final String BASE = "https://pod.example/";

    static final String OWN_ISSUER = BASE;

    /** A WebID hosted on the server whose profile lists the server's own issuer. */
    static final String ALICE = BASE + "alice/profile/card#me";

    static final URI RESOURCE = URI.create(BASE + "alice/notes/1");

    static final String CLIENT_ID = "https://app.example/id";

    /** The signing key of the server's own issuer. */
    static final ECKey OWN_KEY = ecKey("own-1");

    /** The signing key of a remote issuer, and the one it rotates to. */
    static final RSAKey REMOTE_KEY = rsaKey("remote-1");
    static final RSAKey REMOTE_ROTATED_KEY = rsaKey("remote-2");

    /** The DPoP keys of clients. */
    static final ECKey CLIENT_EC = ecKey(null);
    static final RSAKey CLIENT_RSA = rsaKey(null);
    static final ECKey OTHER_CLIENT_EC = ecKey(null);

    private AuthFixture() {
    }

    static ECKey ecKey(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signer for the private key, whatever its type. */
    static JWSSigner signer(JWK key) {
        try {
            if (key instanceof ECKey ec) {
                return new ECDSASigner(ec);
            }
            if (key instanceof RSAKey rsa) {
                return new RSASSASigner(rsa);
            }
            return new MACSigner((OctetSequenceKey) key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts that authenticating fails with 401, the challenge and error code, and a detail with the text. */
    static void assertRefused(Executable authenticate, String error, String detailPart) {
        ProblemException problem = assertThrows(ProblemException.class, authenticate);
        String challenge = problem.headers().getOrDefault("WWW-Authenticate", "");
        assertAll(
                () -> assertEquals(401, problem.status()),
                () -> assertTrue(problem.detail().contains(detailPart),
                        "detail \"" + problem.detail() + "\" should contain \"" + detailPart + "\""),
                () -> assertTrue(challenge.startsWith("DPoP algs=\"ES256 "), challenge),
                () -> assertTrue(challenge.contains("error=\"" + error + "\""), challenge));
    }
}
