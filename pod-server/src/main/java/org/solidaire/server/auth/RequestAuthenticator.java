// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static java.util.Objects.requireNonNull;
import static org.solidaire.server.auth.Challenges.invalidToken;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.util.Base64URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.net.SafeFetcher;
import org.solidaire.server.problem.ProblemException;

/**
 * Finds out who is making a request: verifies its Solid-OIDC access token and the DPoP proof bound to it.
 *
 * <p>A request without {@code Authorization} is anonymous. Otherwise the scheme must be {@code DPoP}; the proof
 * must be a fresh, never replayed JWT signed by the key in its header, for this method and URL (and this token,
 * through {@code ath}); the token must be a signed JWT for the {@code solid} audience, not expired, bound to the
 * proof's key through {@code cnf.jkt}, issued by an issuer that the {@code webid}'s profile lists, and signed by
 * one of that issuer's keys. Any failure is a 401 {@link ProblemException} whose detail names the check and whose
 * {@code WWW-Authenticate} header is the DPoP challenge of RFC 9449 §7.1.
 *
 * <p>WebID profiles and issuer keys are fetched through the {@link SafeFetcher} and kept in memory, so once an
 * issuer and a WebID are known, authenticating a request costs two signature checks and no network. One instance
 * serves the whole server and is thread-safe.
 *
 * <pre>{@code
 * RequestAuthenticator authenticator = new RequestAuthenticator(AuthOptions.defaults(), fetcher, identities);
 * Credentials who = authenticator.authenticate("GET", URI.create("https://pod.example/alice/notes/1"),
 *         request.getHeaders().get("Authorization"), String.join(", ", request.getHeaders().getValuesList("DPoP")));
 * }</pre>
 *
 * @see <a href="https://solidproject.org/TR/oidc">Solid-OIDC</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9449#section-7">RFC 9449 §7 Protected Resource Access</a>
 */
public final class RequestAuthenticator {

    /**
     * The {@code WWW-Authenticate} value of a 401 for a request that carried no credentials, such as an anonymous
     * request for a resource that is not public (RFC 9110 §15.5.2 requires a challenge with every 401).
     */
    public static final String CHALLENGE = Challenges.BARE;

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuthenticator.class);

    private static final String DPOP_SCHEME = "dpop";
    private static final String BEARER_SCHEME = "bearer";

    private final DpopProofVerifier proofs;
    private final AccessTokenVerifier tokens;

    /**
     * An authenticator that reads the time from the system clock.
     *
     * @param options how strictly proofs are checked
     * @param fetcher the fetcher for remote WebID profiles and issuer keys; whether it allows loopback also decides
     *     whether plain-http profiles and issuers on loopback hosts are trusted
     * @param local the WebIDs and issuer keys of this server
     */
    public RequestAuthenticator(AuthOptions options, SafeFetcher fetcher, LocalIdentities local) {
        this(options, fetcher, local, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** An authenticator on the given clock and cache ticker, which tests move forward. */
    RequestAuthenticator(AuthOptions options, SafeFetcher fetcher, LocalIdentities local, Clock clock,
            Ticker ticker) {
        requireNonNull(options, "options");
        requireNonNull(fetcher, "fetcher");
        requireNonNull(local, "local");
        this.proofs = new DpopProofVerifier(options, clock, ticker);
        this.tokens = new AccessTokenVerifier(options, clock, new WebIdIssuers(fetcher, local, ticker),
                new IssuerKeys(fetcher, local, clock, ticker));
    }

    /**
     * The credentials of a request.
     *
     * @param method the request method, such as {@code GET}
     * @param publicUrl the public URL of the request, built from the configured base URL; its query and fragment
     *     are ignored
     * @param authorization the value of the {@code Authorization} header, or null when absent
     * @param dpop the values of the {@code DPoP} header joined with commas (RFC 9110 §5.3), or null or empty when
     *     absent; joining lets this method refuse a request with two proofs
     * @return the verified credentials, or {@link Credentials#ANONYMOUS} when there is no {@code Authorization}
     * @throws ProblemException 401 with a {@code WWW-Authenticate} header when any check fails; the detail says which
     */
    public Credentials authenticate(String method, URI publicUrl, String authorization, String dpop) {
        requireNonNull(method, "method");
        requireNonNull(publicUrl, "publicUrl");
        if (authorization == null) {
            return Credentials.ANONYMOUS;
        }
        try {
            String token = dpopBoundToken(authorization);
            Base64URL thumbprint = proofs.verify(method, publicUrl, dpop, token);
            Credentials credentials = tokens.verify(token, thumbprint);
            LOG.debug("Authenticated {} with client {} from issuer {} for {} {}", credentials.webId().orElseThrow(),
                    credentials.clientId().orElse("(none)"), credentials.issuer().orElseThrow(), method, publicUrl);
            return credentials;
        } catch (ProblemException e) {
            LOG.debug("Refused the credentials of {} {}: {}", method, publicUrl, e.detail());
            throw e;
        }
    }

    /** The token of an {@code Authorization: DPoP <token>} header (RFC 9449 §7.1; schemes are case-insensitive). */
    private static String dpopBoundToken(String authorization) {
        String value = authorization.strip();
        int space = value.indexOf(' ');
        String scheme = (space < 0 ? value : value.substring(0, space)).toLowerCase(Locale.ROOT);
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (scheme.equals(BEARER_SCHEME)) {
            throw invalidToken("Bearer tokens are not accepted: DPoP-bound access tokens need the DPoP "
                    + "authorization scheme with a DPoP proof (RFC 9449 §7.1)");
        }
        if (!scheme.equals(DPOP_SCHEME)) {
            throw invalidToken("Unsupported authorization scheme: use DPoP (RFC 9449 §7.1)");
        }
        if (token.isEmpty() || token.chars().anyMatch(c -> c == ',' || Character.isWhitespace(c))) {
            throw invalidToken("Malformed DPoP authorization: exactly one access token expected (RFC 9449 §7.1)");
        }
        return token;
    }
}
