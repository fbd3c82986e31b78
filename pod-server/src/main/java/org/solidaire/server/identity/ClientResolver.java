// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.net.FetchException;
import org.solidaire.server.net.FetchedDocument;
import org.solidaire.server.net.SafeFetcher;
import org.solidaire.server.problem.ProblemException;

/**
 * Finds what a client identifier stands for: a Solid-OIDC Client ID Document fetched from the identifier itself,
 * or a client registered with this server.
 *
 * <p>Documents are read as plain JSON: the fields the server needs are plain names in the Solid-OIDC context, and
 * reading them as JSON-LD would mean loading a remote context. Documents are cached for a few minutes.
 *
 * @see <a href="https://solidproject.org/TR/oidc#clientids-document">Solid-OIDC §5.1 Client ID Document</a>
 */
final class ClientResolver {

    private static final Logger LOG = LoggerFactory.getLogger(ClientResolver.class);
    private static final String ACCEPT = "application/ld+json, application/json;q=0.9";

    private final SafeFetcher fetcher;
    private final ClientRegistry registry;
    private final Cache<String, ClientInfo> documents = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    ClientResolver(SafeFetcher fetcher, ClientRegistry registry) {
        this.fetcher = fetcher;
        this.registry = registry;
    }

    /** Whether an identifier is a URL, and so names a Client ID Document. */
    static boolean isDocumentUrl(String clientId) {
        return clientId.startsWith("https://") || clientId.startsWith("http://");
    }

    /**
     * The client an identifier stands for.
     *
     * @throws ProblemException 400 {@code invalid_client} when it is unknown or its document cannot be used
     */
    ClientInfo resolve(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw OAuthErrors.of(400, "invalid_client", "The request names no client_id.");
        }
        if (isDocumentUrl(clientId)) {
            ClientInfo cached = documents.getIfPresent(clientId);
            if (cached != null) {
                return cached;
            }
            ClientInfo fetched = fetch(clientId);
            documents.put(clientId, fetched);
            return fetched;
        }
        Optional<RegisteredClient> registered = registry.get(clientId);
        if (registered.isEmpty()) {
            throw OAuthErrors.of(400, "invalid_client", "The client " + clientId + " is not known here.");
        }
        RegisteredClient client = registered.get();
        return new ClientInfo(clientId, client.clientName(), client.redirectUris(), client.clientUri(),
                !client.isPublic());
    }

    private ClientInfo fetch(String clientId) {
        URI uri;
        try {
            uri = URI.create(clientId);
        } catch (IllegalArgumentException e) {
            throw OAuthErrors.of(400, "invalid_client", "The client_id is not a valid URL.");
        }
        try {
            FetchedDocument document = fetcher.get(uri, ACCEPT);
            return parse(clientId, JsonFiles.MAPPER.readTree(document.body()));
        } catch (FetchException e) {
            LOG.debug("Could not fetch the Client ID Document {}: {}", clientId, e.getMessage());
            throw OAuthErrors.of(400, "invalid_client", "The Client ID Document " + clientId
                    + " could not be fetched: " + e.getMessage());
        } catch (IOException e) {
            throw OAuthErrors.of(400, "invalid_client", "The Client ID Document " + clientId + " is not JSON.");
        }
    }

    /** Solid-OIDC §5.1: the document's {@code client_id} must be the URL it was fetched from. */
    private static ClientInfo parse(String clientId, JsonNode json) {
        if (!json.isObject() || !clientId.equals(json.path("client_id").asText(null))) {
            throw OAuthErrors.of(400, "invalid_client", "The Client ID Document at " + clientId
                    + " does not name itself in client_id.");
        }
        List<String> redirects = new ArrayList<>();
        JsonNode uris = json.path("redirect_uris");
        if (uris.isTextual()) {
            redirects.add(uris.asText());
        } else {
            uris.forEach(u -> redirects.add(u.asText()));
        }
        return new ClientInfo(clientId, json.path("client_name").asText(null), redirects,
                json.path("client_uri").asText(null), false);
    }
}
