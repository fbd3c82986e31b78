// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.Compaction;
import org.solidaire.server.store.ResourceStore;

/**
 * The admin API under {@code /.admin/}, for an institution's provisioning and upkeep: {@code POST /.admin/pods}
 * creates pods in bulk, idempotently, {@code GET /.admin/pods/NAME} describes one, and {@code POST /.admin/compact}
 * compacts the store. Every request carries
 * {@code Authorization: Bearer <admin secret>}; without a configured secret the API does not exist (404).
 *
 * <p>The body of a bulk request is a JSON array of pod requests (see {@link PodRequest}) or an object with such an
 * array under {@code pods}; the answer lists, in order, what became of each.
 */
final class AdminApi {

    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);
    static final String PREFIX = "/.admin/";
    /** The most pods one request may ask for; a provisioning run sends several requests. */
    static final int MAX_BATCH = 1000;
    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final byte[] secretDigest;
    private final Provisioning provisioning;
    private final Accounts accounts;
    private final ResourceStore store;
    private final String baseUrl;

    AdminApi(String secret, Provisioning provisioning, Accounts accounts, ResourceStore store, String baseUrl) {
        this.secretDigest = secret == null ? null : Digests.sha256(secret);
        this.provisioning = provisioning;
        this.accounts = accounts;
        this.store = store;
        this.baseUrl = baseUrl;
    }

    void handle(WebExchange exchange) {
        if (secretDigest == null) {
            throw ProblemException.notFound("The admin API is not enabled on this server.");
        }
        authorize(exchange);
        String route = exchange.path().substring(PREFIX.length());
        if ("POST".equals(exchange.method()) && route.equals("pods")) {
            createPods(exchange);
        } else if ("GET".equals(exchange.method()) && route.startsWith("pods/")) {
            describe(exchange, route.substring("pods/".length()));
        } else if ("POST".equals(exchange.method()) && route.equals("compact")) {
            compact(exchange);
        } else if (route.equals("pods") || route.equals("compact")) {
            throw ProblemException.methodNotAllowed(exchange.path() + " takes POST only.").withHeader("Allow", "POST");
        } else if (route.startsWith("pods/")) {
            throw ProblemException.methodNotAllowed(exchange.path() + " takes GET only.").withHeader("Allow", "GET");
        } else {
            throw ProblemException.notFound("No admin API operation " + exchange.method() + " " + exchange.path());
        }
    }

    /** RFC 6750 §3: a missing or wrong bearer secret is a 401 with a challenge; compared in constant time. */
    private void authorize(WebExchange exchange) {
        String authorization = exchange.header("Authorization");
        boolean valid = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(secretDigest, Digests.sha256(authorization.substring(7).trim()));
        if (!valid) {
            LOG.debug("Refused an admin request without the admin secret");
            throw ProblemException.of(401, "Unauthorized", "The admin API needs the admin secret as a bearer token.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"admin\"");
        }
    }

    private void createPods(WebExchange exchange) {
        List<PodRequest> requests = parse(exchange.body(MAX_BODY_BYTES));
        List<Provisioning.Outcome> outcomes = provisioning.provisionAll(requests);
        int created = 0;
        int existing = 0;
        int failed = 0;
        List<Map<String, Object>> results = new ArrayList<>();
        for (Provisioning.Outcome outcome : outcomes) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("pod", outcome.request());
            if (outcome.pod() == null) {
                failed++;
                result.put("status", "failed");
                result.put("error", outcome.error());
            } else {
                boolean isNew = outcome.pod().created();
                created += isNew ? 1 : 0;
                existing += isNew ? 0 : 1;
                result.put("status", isNew ? "created" : "exists");
                result.put("webId", outcome.pod().webId());
                result.put("storage", outcome.pod().storage());
            }
            results.add(result);
        }
        LOG.info("Admin provisioning: {} pods created, {} existing, {} failed", created, existing, failed);
        exchange.sendJson(200, Map.of("created", created, "existing", existing, "failed", failed,
                "results", results));
    }

    private static List<PodRequest> parse(String body) {
        try {
            JsonNode json = JsonFiles.MAPPER.readTree(body);
            JsonNode array = json != null && json.isObject() ? json.path("pods") : json;
            if (array == null || !array.isArray()) {
                throw ProblemException.badRequest("The body must be a JSON array of pods, or {\"pods\": [...]}.");
            }
            if (array.size() > MAX_BATCH) {
                throw ProblemException.of(413, "Content Too Large", "At most " + MAX_BATCH
                        + " pods per request; send the rest in further requests.");
            }
            ObjectReader reader = JsonFiles.MAPPER.readerForListOf(PodRequest.class);
            return reader.readValue(array);
        } catch (JsonProcessingException e) {
            throw JsonBodyProblems.of("The pods", e);
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.badRequest("The pods cannot be read: " + e.getMessage()).causedBy(e);
        }
    }

    /** Compacts the store and answers once it is done: where the database now is, and how long it took. */
    private void compact(WebExchange exchange) {
        LOG.info("Admin compaction of the store requested");
        Compaction done = store.compact();
        exchange.sendJson(200, Map.of("location", done.location(), "milliseconds", done.took().toMillis()));
    }

    private void describe(WebExchange exchange, String pod) {
        Account owner = accounts.store().ownerOfPod(pod)
                .orElseThrow(() -> ProblemException.notFound("No pod named '" + pod + "'."));
        ProvisionedPod described = accounts.provisioned(PodLayout.of(baseUrl, pod), owner, false);
        exchange.sendJson(200, described);
    }
}
