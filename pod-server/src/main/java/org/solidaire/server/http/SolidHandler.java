// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.access.AuthorizationEngine;
import org.solidaire.server.access.PodOwners;
import org.solidaire.server.access.wac.WacEngine;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.sparql.QueryLimits;
import org.solidaire.server.sparql.SparqlService;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;

/**
 * The Solid Protocol over HTTP: resolves the target resource, answers CORS, and dispatches each method to its
 * handler. Every problem is answered here, with problem details.
 *
 * @see <a href="https://solidproject.org/TR/protocol">Solid Protocol 0.11</a>
 */
public final class SolidHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(SolidHandler.class);

    /** Methods of RFC 9110 and RFC 5789 that this server does not offer on any resource: 405, not 501. */
    private static final Set<String> KNOWN_METHODS = Set.of("TRACE", "CONNECT");

    /** The longest request path accepted; resource names and depth stay well within what headers can carry. */
    static final int MAX_PATH_LENGTH = 2048;

    private final String baseUrl;
    private final ReadHandler reads;
    private final WriteHandler writes;
    private final ResourceHeaders resourceHeaders;
    private final RequestIdentifier identifier;
    private final AccessGuard guard;
    private final SparqlHandler sparql;

    /**
     * A handler serving the pods of a store to anonymous requests, under Web Access Control without pod owners.
     *
     * @param store where the resources live
     * @param baseUrl the public base URL, ending with {@code /}
     * @param maxBodyBytes the largest request body accepted
     */
    public SolidHandler(ResourceStore store, String baseUrl, long maxBodyBytes) {
        this(store, baseUrl, maxBodyBytes, new WacEngine(store, baseUrl, PodOwners.NONE), RequestIdentifier.ANONYMOUS,
                QueryLimits.DEFAULT);
    }

    /**
     * A handler serving the pods of a store.
     *
     * @param store where the resources live
     * @param baseUrl the public base URL, ending with {@code /}
     * @param maxBodyBytes the largest request body accepted
     * @param engine the authorization engine every request is checked against
     * @param identifier establishes who makes each request
     * @param queryLimits what one query to a pod's SPARQL endpoint may cost
     */
    public SolidHandler(ResourceStore store, String baseUrl, long maxBodyBytes, AuthorizationEngine engine,
            RequestIdentifier identifier, QueryLimits queryLimits) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
        this.identifier = requireNonNull(identifier, "identifier");
        this.guard = new AccessGuard(engine, store, baseUrl);
        this.resourceHeaders = new ResourceHeaders(baseUrl, guard);
        Representations representations = new Representations(store, baseUrl);
        this.reads = new ReadHandler(store, representations, resourceHeaders, guard, baseUrl);
        this.writes = new WriteHandler(store, resourceHeaders, guard, baseUrl, maxBodyBytes);
        this.sparql = new SparqlHandler(new SparqlService(store, baseUrl, engine, queryLimits), store, baseUrl);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange;
        try {
            String rawPath = request.getHttpURI().getPath();
            if (rawPath != null && rawPath.length() > MAX_PATH_LENGTH) {
                throw ProblemException.of(414, "URI Too Long", "The path has " + rawPath.length()
                        + " characters; this server accepts at most " + MAX_PATH_LENGTH + ".")
                        .with("limit", MAX_PATH_LENGTH);
            }
            ResourcePath path = ResourcePath.parse(rawPath);
            exchange = new Exchange(request, response, callback, path, path.iri(baseUrl));
        } catch (ProblemException e) {
            Problems.send(new Exchange(request, response, callback, ResourcePath.root(), baseUrl), e);
            return true;
        }
        Cors.decorate(exchange);
        try {
            identify(exchange);
            dispatch(exchange);
        } catch (ProblemException e) {
            ProblemException problem = guard.concealed(exchange, e);
            if ((problem.status() == 401 || problem.status() == 403) && !exchange.path().isRoot()) {
                exchange.setHeader(Headers.WAC_ALLOW, guard.wacAllow(exchange, exchange.path()));
            }
            Problems.send(exchange, problem);
        } catch (EofException e) {
            LOG.debug("{} {}: the client went away", exchange.method(), exchange.path());
            callback.failed(e);
        } catch (IOException | RuntimeException e) {
            if (response.isCommitted()) {
                callback.failed(e);
            } else if (ranOutOfMemory(e)) {
                Problems.send(exchange, outOfMemory());
            } else {
                Problems.sendInternalError(exchange, e);
            }
        } catch (OutOfMemoryError e) {
            // What the request held is garbage by now, so there is room to answer; the server goes on serving.
            if (response.isCommitted()) {
                callback.failed(e);
            } else {
                Problems.send(exchange, outOfMemory());
            }
        }
        return true;
    }

    /** Whether a library wrapped running out of memory in an exception of its own, as Jena's writers do. */
    private static boolean ranOutOfMemory(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException outOfMemory() {
        return ProblemException.of(503, "Service Unavailable", "The server ran out of memory for this request; "
                + "try a smaller document, or again later.").withHeader("Retry-After", "10");
    }

    private void identify(Exchange exchange) {
        if ("OPTIONS".equals(exchange.method())) {
            return;
        }
        Optional<String> origin = Optional.ofNullable(exchange.header(Headers.ORIGIN));
        // RFC 9449 §4.3: the proof names the URL the client sent, which may spell a reserved character encoded
        // (%3B) where the resource's canonical IRI has it plain.
        String rawPath = exchange.request().getHttpURI().getPath();
        URI publicUrl;
        try {
            publicUrl = URI.create(baseUrl + (rawPath.startsWith("/") ? rawPath.substring(1) : rawPath));
        } catch (IllegalArgumentException e) {
            publicUrl = URI.create(exchange.iri());
        }
        exchange.identified(identifier.identify(exchange.method(), publicUrl, exchange.header("Authorization"),
                exchange.header("DPoP"), origin));
    }

    private void dispatch(Exchange exchange) throws IOException {
        if (SparqlHandler.isEndpoint(exchange.path()) && !"OPTIONS".equals(exchange.method())) {
            exchange.setHeader(Headers.WAC_ALLOW, guard.wacAllow(exchange, exchange.path()));
            sparql.handle(exchange);
            return;
        }
        switch (exchange.method()) {
            case "GET", "HEAD" -> reads.get(exchange);
            case "PUT" -> writes.put(exchange);
            case "POST" -> writes.post(exchange);
            case "PATCH" -> writes.patch(exchange);
            case "DELETE" -> writes.delete(exchange);
            case "OPTIONS" -> options(exchange);
            default -> unknownMethod(exchange);
        }
    }

    private void options(Exchange exchange) {
        if (Cors.isPreflight(exchange)) {
            Cors.answerPreflight(exchange);
            return;
        }
        ResourcePath path = exchange.path();
        if (SparqlHandler.isEndpoint(path)) {
            exchange.setHeader(Headers.ALLOW, SparqlHandler.ALLOW);
            exchange.setHeader(Headers.WAC_ALLOW, guard.wacAllow(exchange, path));
        } else if (path.isRoot() || isStorageDescription(path)) {
            exchange.setHeader(Headers.ALLOW, "OPTIONS, HEAD, GET");
            exchange.setHeader(Headers.WAC_ALLOW, Headers.READ_ONLY_FOR_ALL);
        } else {
            resourceHeaders.describeMissing(exchange, path);
        }
        exchange.sendEmpty(204);
    }

    private void unknownMethod(Exchange exchange) {
        ResourceHeaders.allow(exchange, exchange.path(), true);
        if (KNOWN_METHODS.contains(exchange.method())) {
            throw ProblemException.methodNotAllowed("The method " + exchange.method() + " is not allowed here.");
        }
        // RFC 9110 §15.6.2: a method the server does not recognise is not implemented.
        throw ProblemException.of(501, "Not Implemented", "The method " + exchange.method()
                + " is not implemented by this server.");
    }

    /** Whether a path is a pod's storage description, a read-only document the server generates. */
    static boolean isStorageDescription(ResourcePath path) {
        return !path.isRoot() && path.toString().equals(path.podRoot() + ResourceHeaders.STORAGE_DESCRIPTION);
    }
}
