// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.JWKSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.solidaire.server.auth.LocalIdentities;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.vocab.SOLID;

/**
 * The WebIDs hosted on this server and this server's issuer, answered from the store and memory so that the
 * resource server never fetches its own documents.
 *
 * <p>The issuers listed by a profile document are cached until the store reports a change of that document, so an
 * owner who adds an issuer to their profile is trusted at once.
 */
final class LocalWebIds implements LocalIdentities {

    private final ResourceStore store;
    private final String baseUrl;
    private final IssuerKeys keys;
    /** For each profile document read, the issuers each subject of the document lists. */
    private final Cache<ResourcePath, Map<String, Set<String>>> profiles =
            Caffeine.newBuilder().maximumSize(100_000).build();

    LocalWebIds(ResourceStore store, String baseUrl, IssuerKeys keys) {
        this.store = store;
        this.baseUrl = baseUrl;
        this.keys = keys;
        store.onChange(change -> profiles.invalidate(change.path()));
    }

    @Override
    public Optional<Set<String>> issuersOf(String webId) {
        if (webId == null || !webId.startsWith(baseUrl)) {
            return Optional.empty();
        }
        int hash = webId.indexOf('#');
        String document = hash < 0 ? webId : webId.substring(0, hash);
        ResourcePath path;
        try {
            path = ResourcePath.parse("/" + document.substring(baseUrl.length()));
        } catch (ProblemException e) {
            return Optional.of(Set.of());
        }
        return Optional.of(profiles.get(path, this::read).getOrDefault(webId, Set.of()));
    }

    private Map<String, Set<String>> read(ResourcePath path) {
        if (path.isRoot() || store.info(path).filter(ResourceInfo::isRdf).isEmpty()) {
            return Map.of();
        }
        Graph graph = store.graph(path);
        Map<String, Set<String>> issuers = new HashMap<>();
        graph.find(Node.ANY, SOLID.oidcIssuer, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                issuers.computeIfAbsent(t.getSubject().getURI(), s -> new HashSet<>()).add(t.getObject().getURI());
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        issuers.forEach((subject, set) -> frozen.put(subject, Set.copyOf(set)));
        return Map.copyOf(frozen);
    }

    @Override
    public Optional<String> ownIssuer() {
        return Optional.of(baseUrl);
    }

    @Override
    public JWKSet ownPublicKeys() {
        return keys.publicKeys();
    }
}
