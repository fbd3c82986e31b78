// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.inrupt.client.Client;
import com.inrupt.client.Headers;
import com.inrupt.client.Request;
import com.inrupt.client.Response;
import com.inrupt.client.auth.Credential;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests through Inrupt's client, with the session's DPoP-bound token on every request when the session has
 * one, and turns every answer outside 2xx into a {@link SolidaireClientException}.
 *
 * <p>The token is attached before sending rather than after a 401, as Inrupt's client would do on its own: it only
 * remembers tokens per request URI, so a request to a new URI (each SPARQL query, each new document) would first go
 * out anonymous. A pod answers an anonymous query with what the public may read, never a 401, and an anonymous write
 * with a 401 that costs a second round trip.
 */
final class Transport {

    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

    private static final String AUTHORIZATION = "Authorization";
    private static final String LINK = "Link";

    private final Client client;
    private final PodSession session;
    private final Duration timeout;
    private final Optional<String> origin;

    Transport(Client client, PodSession session, Duration timeout, Optional<String> origin) {
        this.client = client;
        this.session = session;
        this.timeout = timeout;
        this.origin = origin;
    }

    /** A request to the URI with this client's timeout and, when set, its {@code Origin}. */
    Request.Builder request(URI uri) {
        Request.Builder builder = Request.newBuilder(uri).timeout(timeout);
        origin.ifPresent(value -> builder.header("Origin", value));
        return builder;
    }

    /**
     * Sends a request and returns a 2xx response.
     *
     * @throws SolidaireClientException for any other status, or when no response arrives
     */
    Response<byte[]> send(Request request) {
        Response<byte[]> response = exchange(request);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw SolidaireClientException.of(new HttpFailure(request.method(), request.uri(), status,
                    response.headers().asMap(), body(response)));
        }
        return response;
    }

    private Response<byte[]> exchange(Request request) {
        try {
            Response<byte[]> response = client.send(authorized(request), Response.BodyHandlers.ofByteArray())
                    .toCompletableFuture().join();
            LOG.debug("{} {} answered {}", request.method(), request.uri(), response.statusCode());
            return response;
        } catch (CompletionException e) {
            LOG.debug("{} {} got no response", request.method(), request.uri(), e.getCause());
            throw SolidaireClientException.noResponse(request.method(), request.uri(),
                    e.getCause() == null ? e : e.getCause());
        }
    }

    /** The request with the session's token and, for a DPoP token, a proof of possession made for this request. */
    private Request authorized(Request request) {
        Optional<Credential> credential = session.credential();
        if (credential.isEmpty() || request.headers().firstValue(AUTHORIZATION).isPresent()) {
            return request;
        }
        Request.Builder builder = Request.newBuilder(request.uri()).method(request.method(),
                request.bodyPublisher().orElseGet(Request.BodyPublishers::noBody));
        request.timeout().ifPresent(builder::timeout);
        request.headers().asMap().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        Credential token = credential.get();
        builder.setHeader(AUTHORIZATION, token.getScheme() + " " + token.getToken());
        if ("DPoP".equalsIgnoreCase(token.getScheme())) {
            token.getProofThumbprint().flatMap(jkt -> session.proof(jkt, request, token.getToken()))
                    .ifPresent(proof -> builder.setHeader("DPoP", proof));
        }
        return builder.build();
    }

    /**
     * The {@code Link} header values of a resource, from a HEAD: those of the answer, or those of its refusal (401,
     * 403, 404) for a caller who may not read the resource, with when the server answered.
     */
    Headed head(URI resource) {
        try {
            Response<byte[]> head = send(request(resource).HEAD().build());
            return new Headed(true, head.headers().allValues(LINK), date(head.headers().asMap(), "Date"));
        } catch (UnauthorizedException | ForbiddenException | NotFoundException e) {
            return new Headed(false, e.headers().getOrDefault(LINK, List.of()), date(e.headers(), "Date"));
        }
    }

    /**
     * What a HEAD told of a resource.
     *
     * @param readable whether the answer was a success rather than a refusal
     * @param links the values of its {@code Link} headers
     * @param answeredAt when the server answered, by its clock ({@code Date}), if it said
     */
    record Headed(boolean readable, List<String> links, Optional<Instant> answeredAt) {
    }

    /**
     * The same refusal of a HEAD with the problem details a GET of the resource gets: an answer to a HEAD has no
     * body (RFC 9110 §9.3.2), so a refusal would otherwise say nothing but its status.
     */
    SolidaireClientException withProblemDetails(SolidaireClientException refusedHead) {
        try {
            send(request(refusedHead.uri()).GET().build());
            return refusedHead;
        } catch (SolidaireClientException get) {
            if (get.status() != refusedHead.status() || get.problem().isEmpty()) {
                return refusedHead;
            }
            return SolidaireClientException.of(new HttpFailure(refusedHead.method(), refusedHead.uri(),
                    refusedHead.status(), get.headers(), get.body().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The first value of a response header. */
    static Optional<String> header(Response<?> response, String name) {
        return response.headers().firstValue(name);
    }

    /** The instant an HTTP-date header gives (RFC 9110 §5.6.7), when present and well-formed. */
    static Optional<Instant> date(Map<String, List<String>> headers, String name) {
        List<String> values = headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
        try {
            return values.isEmpty() ? Optional.empty()
                    : Optional.of(ZonedDateTime.parse(values.get(0), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The targets of {@code Link} header values with the relation, resolved against the request's URI. */
    static List<URI> links(List<String> linkHeaders, URI base, String rel) {
        return linkHeaders.stream()
                .flatMap(value -> Headers.Link.parse(value).stream())
                .filter(link -> hasRelation(link, rel))
                .map(link -> base.resolve(link.getUri())).toList();
    }

    /** Whether a link has the relation; a {@code rel} parameter may hold several, apart by spaces (RFC 8288 §3.3). */
    static boolean hasRelation(Headers.Link link, String rel) {
        String rels = link.getParameter("rel");
        return rels != null && Arrays.asList(rels.trim().split("\\s+")).contains(rel);
    }

    /** The response's entity tag, as the server wrote it (quotes included). */
    static Optional<String> etag(Response<?> response) {
        return header(response, "ETag");
    }

    private static byte[] body(Response<byte[]> response) {
        return response.body() == null ? new byte[0] : response.body();
    }
}
