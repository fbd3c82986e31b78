// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.net.URI;
import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.JWKThumbprintConfirmation;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPIssuer;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPTokenRequestVerifier;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DefaultDPoPSingleUseChecker;
import com.nimbusds.oauth2.sdk.dpop.verifiers.InvalidDPoPProofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * Checks the DPoP proof of a token request: signature by the embedded public key, {@code htm} POST, {@code htu}
 * the token endpoint, a recent {@code iat}, and a {@code jti} never seen before.
 *
 * <p>No server nonce is asked for (RFC 9449 §8 makes it optional), because the Solid conformance harness and
 * several client libraries cannot answer a nonce challenge.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9449#section-4.3">RFC 9449 §4.3 Checking DPoP Proofs</a>
 */
final class DpopProofs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DpopProofs.class);
    /** How old a proof may be, allowing for clocks a little apart. */
    private static final long MAX_AGE_SECONDS = 300;
    private static final long PURGE_INTERVAL_SECONDS = 60;

    private final DefaultDPoPSingleUseChecker replays =
            new DefaultDPoPSingleUseChecker(MAX_AGE_SECONDS, PURGE_INTERVAL_SECONDS);
    private final DPoPTokenRequestVerifier verifier;

    DpopProofs(URI tokenEndpoint) {
        this.verifier = new DPoPTokenRequestVerifier(DPoPTokenRequestVerifier.SUPPORTED_JWS_ALGORITHMS,
                tokenEndpoint, MAX_AGE_SECONDS, replays);
    }

    /**
     * Checks the proof of a token request.
     *
     * @param headers the values of the {@code DPoP} request header; exactly one is allowed (RFC 9449 §4.3)
     * @param clientId the client making the request, for replay detection
     * @return the thumbprint of the proof's key, which the access token will be bound to
     * @throws ProblemException 400 {@code invalid_dpop_proof}
     */
    Base64URL verify(List<String> headers, String clientId) {
        if (headers == null || headers.isEmpty()) {
            throw OAuthErrors.invalidDpopProof("Solid-OIDC requires a DPoP proof in the DPoP header of token "
                    + "requests.");
        }
        if (headers.size() > 1) {
            throw OAuthErrors.invalidDpopProof("A token request carries exactly one DPoP header.");
        }
        try {
            SignedJWT proof = SignedJWT.parse(headers.get(0).trim());
            JWKThumbprintConfirmation cnf = verifier.verify(new DPoPIssuer(clientId), proof);
            return cnf.getValue();
        } catch (ParseException e) {
            throw OAuthErrors.invalidDpopProof("The DPoP proof is not a signed JWT.");
        } catch (InvalidDPoPProofException e) {
            LOG.debug("Refused a DPoP proof of {}: {}", clientId, e.getMessage());
            throw OAuthErrors.invalidDpopProof("The DPoP proof is not valid: " + e.getMessage());
        } catch (JOSEException e) {
            throw OAuthErrors.invalidDpopProof("The DPoP proof's signature cannot be checked.");
        }
    }

    @Override
    public void close() {
        replays.shutdown();
    }
}
