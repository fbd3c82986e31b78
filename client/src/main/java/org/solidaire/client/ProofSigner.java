// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.oauth2.sdk.dpop.DPoPProofFactory;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import java.net.URI;
import java.security.KeyPair;
import java.security.Provider;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;
import org.conscrypt.Conscrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the DPoP proof of each request (RFC 9449 §4) with a session's own P-256 key, through Nimbus's proof factory:
 * {@code htm}, {@code htu} without query or fragment, a fresh {@code jti}, {@code iat}, and {@code ath}, the hash of
 * the access token the request presents.
 *
 * <p>Signatures go through Conscrypt (BoringSSL) where its native library loads, else through the Java runtime's
 * own provider: a bulk import signs one proof per request, and on Java 17 the runtime's P-256 signing is some
 * fifteen times slower than Conscrypt's.
 */
final class ProofSigner {

    private static final Logger LOG = LoggerFactory.getLogger(ProofSigner.class);

    private final DPoPProofFactory factory;
    private final String thumbprint;

    private ProofSigner(DPoPProofFactory factory, String thumbprint) {
        this.factory = factory;
        this.thumbprint = thumbprint;
    }

    /** The provider of the signatures, looked up on the first proof rather than when the class loads. */
    private static final class Signatures {
        private static final Provider PROVIDER = load();

        private static Provider load() {
            if (Conscrypt.isAvailable()) {
                LOG.debug("DPoP proofs are signed with Conscrypt");
                return Conscrypt.newProvider();
            }
            LOG.debug("Conscrypt does not load here; DPoP proofs are signed with the Java runtime's provider");
            return null;
        }
    }

    /**
     * A signer for an EC P-256 key pair.
     *
     * @throws IllegalArgumentException if the key pair is not an EC P-256 one
     */
    static ProofSigner of(KeyPair keys) {
        if (!(keys.getPublic() instanceof ECPublicKey publicKey)) {
            throw new IllegalArgumentException("A DPoP key must be an EC P-256 key pair, not "
                    + keys.getPublic().getAlgorithm());
        }
        try {
            ECKey key = new ECKey.Builder(Curve.P_256, publicKey).privateKey(keys.getPrivate()).build();
            return new ProofSigner(new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256, Signatures.PROVIDER),
                    key.computeThumbprint().toString());
        } catch (JOSEException | IllegalStateException e) {
            throw new IllegalArgumentException("A DPoP key must be an EC P-256 key pair: " + e.getMessage(), e);
        }
    }

    /**
     * The proof for a request that presents the token, or empty when the token is bound to another key than this
     * signer's (its {@code cnf.jkt} names another thumbprint).
     *
     * @param boundTo the thumbprint the token is bound to
     * @param method the request's method
     * @param uri the request's URI
     * @param token the access token the request presents
     */
    Optional<String> proof(String boundTo, String method, URI uri, String token) {
        if (!thumbprint.equals(boundTo)) {
            return Optional.empty();
        }
        try {
            return Optional.of(factory.createDPoPJWT(method, target(uri), new DPoPAccessToken(token)).serialize());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a DPoP proof with this session's key", e);
        }
    }

    /** The URI without its query and fragment, as {@code htu} carries it. */
    static URI target(URI uri) {
        String text = uri.toString();
        int end = text.length();
        int query = text.indexOf('?');
        int fragment = text.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return end == text.length() ? uri : URI.create(text.substring(0, end));
    }
}
