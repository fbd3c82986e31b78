// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.solidaire.server.auth.Challenges.invalidToken;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.net.FetchException;
import org.solidaire.server.net.FetchedDocument;
import org.solidaire.server.net.SafeFetcher;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.vocab.SOLID;

/**
 * The issuers a WebID trusts, as its profile lists them with {@code solid:oidcIssuer}.
 *
 * <p>A WebID hosted here is answered by {@link LocalIdentities}, without HTTP. A remote profile is fetched through
 * the {@link SafeFetcher}, parsed with Jena RIOT (a JSON-LD profile that needs a remote context is refused, never
 * loaded), and its issuer set kept for five minutes, so a change to a profile is seen within that time; a failed
 * fetch is remembered for thirty seconds.
 *
 * @see <a href="https://solidproject.org/TR/oidc#oidc-issuer-discovery">Solid-OIDC §4 OIDC Issuer Discovery</a>
 */
final class WebIdIssuers {

    private static final Logger LOG = LoggerFactory.getLogger(WebIdIssuers.class);

    /** How long the issuers of a remote profile are used before the profile is fetched again. */
    static final Duration KEEP = Duration.ofMinutes(5);

    /** How long a profile that could not be read is remembered as such. */
    static final Duration KEEP_FAILURE = Duration.ofSeconds(30);

    /** Turtle is what every Solid server serves; JSON-LD is the other format the Solid Protocol requires. */
    private static final String ACCEPT = "text/turtle, application/ld+json;q=0.9";

    /** The issuers of one remote profile, in the form of {@link Locations#issuerKey}, or why it was not read. */
    private record Listed(Set<String> issuers, String failure) {
    }

    private final SafeFetcher fetcher;
    private final LocalIdentities local;
    private final boolean allowLoopbackHttp;
    private final Cache<String, Listed> profiles;

    WebIdIssuers(SafeFetcher fetcher, LocalIdentities local, Ticker ticker) {
        this.fetcher = fetcher;
        this.local = local;
        this.allowLoopbackHttp = fetcher.policy().allowLoopback();
        this.profiles = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(100_000)
                .expireAfter(Expiry.<String, Listed>creating(
                        (webId, listed) -> listed.failure() == null ? KEEP : KEEP_FAILURE))
                .build();
    }

    /**
     * Checks that the WebID's profile lists the issuer.
     *
     * @param webId the {@code webid} claim of the token
     * @param issuer the {@code iss} claim of the token
     * @throws ProblemException 401 when the profile cannot be read or does not list the issuer
     */
    void checkListed(String webId, String issuer) {
        Set<String> issuers = local.issuersOf(webId)
                .map(listed -> listed.stream().map(Locations::issuerKey).collect(Collectors.toSet()))
                .orElseGet(() -> remote(webId));
        if (!issuers.contains(Locations.issuerKey(issuer))) {
            throw invalidToken("Access token from an issuer the WebID does not trust: the profile of " + webId
                    + " does not list " + issuer + " as solid:oidcIssuer (Solid-OIDC §5.1)");
        }
    }

    private Set<String> remote(String webId) {
        Listed listed = profiles.get(webId, this::fetch);
        if (listed.failure() != null) {
            throw invalidToken(listed.failure());
        }
        return listed.issuers();
    }

    private Listed fetch(String webId) {
        Optional<URI> document = Locations.fetchable(webId, allowLoopbackHttp);
        if (document.isEmpty()) {
            return failure(webId, "the WebID is not an https IRI");
        }
        FetchedDocument profile;
        try {
            profile = fetcher.get(document.get(), ACCEPT);
        } catch (FetchException e) {
            LOG.debug("Could not fetch the profile of {}: {}", webId, e.getMessage());
            return failure(webId, "the profile could not be fetched");
        }
        Optional<RdfFormat> format = RdfFormat.forContentType(profile.contentType());
        if (format.isEmpty()) {
            return failure(webId, "the profile is not RDF");
        }
        try {
            Graph graph = RdfCodec.parse(new ByteArrayInputStream(profile.body()), format.get(),
                    profile.uri().toString(), RdfCodec.charsetOf(profile.contentType()));
            Set<String> issuers = graph.find(NodeFactory.createURI(webId), SOLID.oidcIssuer, Node.ANY)
                    .mapWith(Triple::getObject).filterKeep(Node::isURI)
                    .mapWith(issuer -> Locations.issuerKey(issuer.getURI())).toSet();
            LOG.debug("The profile of {} lists the issuers {}", webId, issuers);
            return new Listed(Set.copyOf(issuers), null);
        } catch (ProblemException e) {
            LOG.debug("Could not parse the profile of {}: {}", webId, e.detail());
            return failure(webId, "the profile could not be parsed: " + e.detail());
        }
    }

    private static Listed failure(String webId, String reason) {
        return new Listed(null, "The issuers of WebID " + webId + " cannot be checked: " + reason);
    }
}
