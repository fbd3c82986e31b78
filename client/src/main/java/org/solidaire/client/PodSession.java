// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import com.inrupt.client.Request;
import com.inrupt.client.auth.Credential;
import com.inrupt.client.auth.DPoP;
import com.inrupt.client.auth.Session;
import com.inrupt.client.openid.OpenIdConfig;
import com.inrupt.client.openid.OpenIdException;
import com.inrupt.client.openid.OpenIdProvider;
import com.inrupt.client.openid.OpenIdSession;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Who a {@link PodClient} acts for: an app logged in with client credentials, the holder of an existing token, or
 * nobody (anonymous). Tokens are DPoP-bound: every request carries a fresh proof signed by the session's own key.
 *
 * <p>A session logs in on its first request, and again when its token expires; every request then carries the
 * token, since a pod answers some requests without one (a public document, a SPARQL query over what the public may
 * read) and would otherwise answer them as it answers anybody.
 *
 * @see <a href="https://solidproject.org/TR/oidc">Solid-OIDC</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9449">RFC 9449 DPoP</a>
 */
public final class PodSession {

    /** The DPoP signing algorithm of the keys this class generates (ECDSA on P-256). */
    private static final String PROOF_ALGORITHM = "ES256";
    private static final String CLIENT_SECRET_BASIC = "client_secret_basic";

    private final Session session;
    private final URI issuer;
    private final String clientId;
    private final Optional<ProofSigner> signer;

    private PodSession(Session session, URI issuer, String clientId, Optional<ProofSigner> signer) {
        this.session = session;
        this.issuer = issuer;
        this.clientId = clientId;
        this.signer = signer;
    }

    /**
     * A session that logs in at a Solid-OIDC issuer with the client credentials grant (HTTP Basic), binding its
     * tokens to a key generated for this session.
     *
     * @param issuer the OpenID Provider, such as {@code http://127.0.0.1:8080/}
     * @param clientId the client id registered for the app
     * @param clientSecret the client secret
     * @return the session, not yet logged in
     */
    public static PodSession ofClientCredentials(URI issuer, String clientId, String clientSecret) {
        requireNonNull(issuer, "issuer");
        requireNonNull(clientId, "clientId");
        requireNonNull(clientSecret, "clientSecret");
        KeyPair proofKey = newProofKey();
        Map<String, KeyPair> keys = Map.of(PROOF_ALGORITHM, proofKey);
        OpenIdConfig config = new OpenIdConfig();
        config.setProofKeyPairs(keys);
        OpenIdProvider provider = new OpenIdProvider(issuer, DPoP.of(keys),
                HttpServices.withTimeout(PodClient.DEFAULT_TIMEOUT));
        return new PodSession(OpenIdSession.ofClientCredentials(provider, clientId, clientSecret, CLIENT_SECRET_BASIC,
                config), issuer, clientId, Optional.of(ProofSigner.of(proofKey)));
    }

    /**
     * A session that presents a token obtained elsewhere, bound to the given DPoP key (the key whose thumbprint
     * the token's {@code cnf.jkt} claim names). The token is not refreshed: once it expires, pods answer 401.
     *
     * @param token a Solid-OIDC ID token or access token, as a compact JWT
     * @param proofKey the EC P-256 key pair the token is bound to
     * @return the session
     * @throws IllegalArgumentException if the key pair is not an EC P-256 one
     */
    public static PodSession ofToken(String token, KeyPair proofKey) {
        requireNonNull(token, "token");
        requireNonNull(proofKey, "proofKey");
        ProofSigner signer = ProofSigner.of(proofKey);
        OpenIdConfig config = new OpenIdConfig();
        config.setProofKeyPairs(Map.of(PROOF_ALGORITHM, proofKey));
        return new PodSession(OpenIdSession.ofIdToken(token, config), null, null, Optional.of(signer));
    }

    /** A session without credentials: pods see an unauthenticated agent. */
    public static PodSession anonymous() {
        return new PodSession(Session.anonymous(), null, null, Optional.empty());
    }

    /**
     * A session made with Inrupt's Solid Java client directly, such as one from the authorization code flow.
     *
     * @param session the Inrupt session
     * @return the session
     */
    public static PodSession of(Session session) {
        return new PodSession(requireNonNull(session, "session"), null, null, Optional.empty());
    }

    /**
     * The WebID this session acts for, logging in first if it has not yet; empty for an anonymous session.
     *
     * @return the WebID
     * @throws SolidaireClientException if logging in fails, with the issuer as its URI
     */
    public Optional<URI> webId() {
        try {
            return session.getPrincipal();
        } catch (OpenIdException | CompletionException e) {
            throw SolidaireClientException.loginFailed(issuer, clientId, e);
        }
    }

    /**
     * The token to present, logging in first when there is none yet or it has expired; empty for a session
     * without credentials, whose requests go out anonymous (and log in when a pod answers 401, if they can).
     *
     * @throws SolidaireClientException if logging in fails, with the issuer as its URI
     */
    Optional<Credential> credential() {
        try {
            return session.getCredential(OpenIdSession.ID_TOKEN, null);
        } catch (OpenIdException | CompletionException e) {
            throw SolidaireClientException.loginFailed(issuer, clientId, e);
        }
    }

    /** A new EC P-256 key pair, to bind tokens to with DPoP. */
    public static KeyPair newProofKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot generate EC P-256 keys", e);
        }
    }

    /**
     * The DPoP proof for a request presenting the token, signed with this session's key; for a session made from an
     * Inrupt session, by that session.
     */
    Optional<String> proof(String boundTo, Request request, String token) {
        if (signer.isPresent()) {
            return signer.get().proof(boundTo, request.method(), request.uri(), token);
        }
        return session.generateProof(boundTo, request);
    }

    /** The Inrupt session behind this one. */
    Session inruptSession() {
        return session;
    }
}
