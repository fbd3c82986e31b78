// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.solidaire.server.auth.Challenges.invalidToken;

import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.net.FetchException;
import org.solidaire.server.net.SafeFetcher;

/**
 * The signing keys of OpenID providers, found by OpenID Connect Discovery and kept in memory, so that verifying a
 * token of a known issuer costs signature checks only.
 *
 * <p>This server's own issuer is answered from {@link LocalIdentities#ownPublicKeys()}, without HTTP. For another
 * issuer, its metadata ({@code <iss>/.well-known/openid-configuration}, whose {@code issuer} must equal the
 * token's {@code iss} exactly) and its {@code jwks_uri} are fetched once and kept for ten minutes; a failed
 * discovery is remembered for thirty seconds so that a broken issuer is not asked again on every request. A token
 * whose key is not in the set makes the set be fetched again, at most once a minute per issuer, so that key
 * rotation works without letting clients make the server hammer an issuer.
 *
 * @see <a href="https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig">OpenID Connect
 *     Discovery §4</a>
 */
final class IssuerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);

    /** How long discovered metadata and keys are used before they are discovered again. */
    static final Duration KEEP = Duration.ofMinutes(10);

    /** How long a failed discovery is remembered. */
    static final Duration KEEP_FAILURE = Duration.ofSeconds(30);

    /** The least time between two fetches of one issuer's keys for an unknown key. */
    static final Duration MIN_REFETCH_INTERVAL = Duration.ofMinutes(1);

    private static final String JSON = "application/json";
    private static final String JWK_SET = "application/jwk-set+json, application/json;q=0.9";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Discovery of one issuer: its key set, or why it could not be had. */
    private record Discovery(PublishedKeys keys, String failure) {
    }

    /** Why an issuer's metadata or keys could not be had; the message is safe to show the client. */
    private static final class DiscoveryFailure extends Exception {

        private static final long serialVersionUID = 1L;

        DiscoveryFailure(String message) {
            super(message);
        }
    }

    /** The key set one issuer publishes, fetched again on demand at most once per interval. */
    private final class PublishedKeys {

        private final URI jwksUri;
        private volatile JWKSet keys;
        private volatile Instant fetchedAt;

        PublishedKeys(URI jwksUri, JWKSet keys, Instant fetchedAt) {
            this.jwksUri = jwksUri;
            this.keys = keys;
            this.fetchedAt = fetchedAt;
        }

        JWKSet current() {
            return keys;
        }

        /** The key set, fetched again if the last fetch is old enough; threads that wait get the new set. */
        synchronized JWKSet refetchedIfDue(String issuer) {
            Instant now = clock.instant();
            if (Duration.between(fetchedAt, now).compareTo(MIN_REFETCH_INTERVAL) < 0) {
                return keys;
            }
            fetchedAt = now;
            try {
                keys = fetchKeys(jwksUri);
                LOG.debug("Fetched the keys of issuer {} again for an unknown key", issuer);
            } catch (DiscoveryFailure e) {
                LOG.debug("Could not fetch the keys of issuer {} again: {}", issuer, e.getMessage());
            }
            return keys;
        }
    }

    private final SafeFetcher fetcher;
    private final LocalIdentities local;
    private final Clock clock;
    private final boolean allowLoopbackHttp;
    private final Cache<String, Discovery> discoveries;

    IssuerKeys(SafeFetcher fetcher, LocalIdentities local, Clock clock, Ticker ticker) {
        this.fetcher = fetcher;
        this.local = local;
        this.clock = clock;
        this.allowLoopbackHttp = fetcher.policy().allowLoopback();
        this.discoveries = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(10_000)
                .expireAfter(Expiry.<String, Discovery>creating(
                        (issuer, discovery) -> discovery.failure() == null ? KEEP : KEEP_FAILURE))
                .build();
    }

    /**
     * Checks the signature of an access token with the keys of its issuer.
     *
     * @param token the parsed token, whose algorithm is already accepted
     * @param issuer its {@code iss}, already known to be listed by the agent's WebID profile
     * @throws org.solidaire.server.problem.ProblemException 401 when the issuer's keys cannot be had, none
     *     matches the token's {@code kid} and {@code alg}, or none verifies the signature
     */
    void checkSignature(SignedJWT token, String issuer) {
        List<JWK> candidates = candidates(token, issuer);
        if (candidates.isEmpty()) {
            throw invalidToken("Access token signed by an unknown key: no key of issuer " + issuer
                    + " matches its kid and alg");
        }
        if (candidates.stream().noneMatch(key -> Signatures.verifies(token, key))) {
            throw invalidToken("Access token signature does not verify with the keys of issuer " + issuer);
        }
    }

    private List<JWK> candidates(SignedJWT token, String issuer) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(token.getHeader()));
        if (isOwn(issuer)) {
            return selector.select(local.ownPublicKeys());
        }
        Discovery discovery = discoveries.get(issuer, this::discover);
        if (discovery.failure() != null) {
            throw invalidToken(discovery.failure());
        }
        List<JWK> keys = selector.select(discovery.keys().current());
        return keys.isEmpty() ? selector.select(discovery.keys().refetchedIfDue(issuer)) : keys;
    }

    private boolean isOwn(String issuer) {
        return local.ownIssuer()
                .filter(own -> Locations.issuerKey(own).equals(Locations.issuerKey(issuer)))
                .isPresent();
    }

    private Discovery discover(String issuer) {
        try {
            URI metadata = location(Locations.discoveryUrl(issuer), issuer);
            URI jwksUri = location(jwksUriOf(issuer, metadata), issuer);
            JWKSet keys = fetchKeys(jwksUri);
            LOG.debug("Discovered issuer {} with {} keys", issuer, keys.size());
            return new Discovery(new PublishedKeys(jwksUri, keys, clock.instant()), null);
        } catch (DiscoveryFailure e) {
            LOG.debug("Discovery of issuer {} failed: {}", issuer, e.getMessage());
            return new Discovery(null, e.getMessage());
        }
    }

    private URI location(String url, String issuer) throws DiscoveryFailure {
        return Locations.fetchable(url, allowLoopbackHttp).orElseThrow(() -> new DiscoveryFailure(
                "The metadata or keys of issuer " + issuer + " are not at an https URL"));
    }

    private String jwksUriOf(String issuer, URI metadataUrl) throws DiscoveryFailure {
        JsonNode metadata;
        try {
            metadata = MAPPER.readTree(fetcher.get(metadataUrl, JSON).body());
        } catch (FetchException | IOException e) {
            LOG.debug("Could not read the metadata of issuer {}: {}", issuer, e.getMessage());
            throw new DiscoveryFailure("The OpenID provider metadata of issuer " + issuer + " could not be read");
        }
        // OpenID Connect Discovery §4.3: the issuer in the metadata must be identical to the one it was read for.
        if (metadata == null || !issuer.equals(metadata.path("issuer").textValue())) {
            throw new DiscoveryFailure("The OpenID provider metadata of issuer " + issuer
                    + " names another issuer (OpenID Connect Discovery §4.3)");
        }
        String jwksUri = metadata.path("jwks_uri").textValue();
        if (jwksUri == null) {
            throw new DiscoveryFailure("The OpenID provider metadata of issuer " + issuer + " has no jwks_uri");
        }
        return jwksUri;
    }

    private JWKSet fetchKeys(URI jwksUri) throws DiscoveryFailure {
        try {
            return JWKSet.parse(new String(fetcher.get(jwksUri, JWK_SET).body(), UTF_8)).toPublicJWKSet();
        } catch (FetchException | ParseException e) {
            LOG.debug("Could not read the key set {}: {}", jwksUri, e.getMessage());
            throw new DiscoveryFailure("The key set " + jwksUri + " could not be read");
        }
    }
}
