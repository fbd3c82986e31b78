// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.net.URI;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;

/** A client's DPoP key pair and the proofs it signs, made with Nimbus as a client library would. */
record DpopKey(JWK key, JWSAlgorithm algorithm) {

    static DpopKey of(JWSAlgorithm algorithm) {
        try {
            JWK key = JWSAlgorithm.ES256.equals(algorithm) ? new ECKeyGenerator(Curve.P_256).generate()
                    : new RSAKeyGenerator(2048).generate();
            return new DpopKey(key, algorithm);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh proof for one request, without a nonce. */
    String proof(String method, URI uri) {
        try {
            return new DefaultDPoPProofFactory(key, algorithm).createDPoPJWT(method, uri).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The RFC 7638 thumbprint that tokens bound to this key carry in {@code cnf.jkt}. */
    String thumbprint() {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
