// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.vocab.CitizenDataVocabulary;

/**
 * Publishes the Citizen Data Vocabulary at {@code <base>ns/cdv} and its SHACL shapes at {@code <base>ns/cdv/shapes},
 * each as an HTML documentation page in French or English, Turtle, JSON-LD, N-Triples and RDF/XML.
 *
 * <p>The form follows the {@code Accept} header: browsers get the page, RDF clients the syntax they ask for, and a
 * client that sends no header or only {@code *}{@code /*} gets Turtle. The page is in French unless the
 * {@code lang=en} query parameter or the {@code Accept-Language} header asks for English. Each form also has a URL
 * of its own ({@code ns/cdv.ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf}, {@code .html}); {@code ns/cdv/} and the
 * version IRI's path ({@code ns/cdv/0.1.0}) answer like {@code ns/cdv}.
 *
 * <p>Every representation is made once, on first request, and carries a strong entity tag; it is cacheable for an
 * hour by anyone. The handler answers GET, HEAD and OPTIONS, refuses other methods with 405, and answers 404 with
 * problem details for any other path under {@code /ns/}. It declines every path outside {@code /ns/}, so it goes
 * before the Solid handler in a {@link Handler.Sequence}.
 *
 * @see <a href="https://www.w3.org/TR/swbp-vocab-pub/">Best Practice Recipes for Publishing RDF Vocabularies</a>
 */
public final class VocabularyHandler extends Handler.Abstract {

    /** The first path segment this handler answers, which no pod may take. */
    public static final String PATH = "ns";

    private static final Logger LOG = LoggerFactory.getLogger(VocabularyHandler.class);

    private static final String PREFIX = "/ns/";
    private static final String VOCABULARY_PATH = "ns/cdv";
    private static final String SHAPES_PATH = "ns/cdv/shapes";
    private static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final String CACHE_CONTROL = "public, max-age=3600";
    /** The page has no script, image, form or frame; only its own inline stylesheet may apply. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String EXPOSED = "Allow, Content-Language, Content-Length, Content-Type, ETag, Vary";

    private final String baseUrl;
    private final Publisher publisher;
    private final Map<String, Route> routes;

    /**
     * A handler for a server whose public base URL is given. Building it is cheap: each representation is made
     * when it is first asked for, and kept.
     *
     * @param baseUrl the public base URL of the server, ending with {@code /}; links on the pages start with it
     * @throws IllegalArgumentException when the base URL does not end with {@code /}
     */
    public VocabularyHandler(String baseUrl) {
        requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("The base URL must end with /: " + baseUrl);
        }
        this.baseUrl = baseUrl;
        this.publisher = new Publisher(baseUrl + VOCABULARY_PATH, baseUrl + SHAPES_PATH);
        Map<String, Route> paths = new HashMap<>();
        addRoutes(paths, "/" + VOCABULARY_PATH, CitizenDataVocabulary.VERSION, Publisher.Document.VOCABULARY);
        addRoutes(paths, "/" + SHAPES_PATH, CitizenDataShapes.VERSION, Publisher.Document.SHAPES);
        this.routes = Map.copyOf(paths);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        if (path == null || !path.startsWith(PREFIX)) {
            return false;
        }
        try {
            allowOrigin(request, response);
            Route route = routes.get(path);
            if (route == null) {
                throw ProblemException.notFound("Nothing is published at " + path + ". The vocabulary is at "
                        + baseUrl + VOCABULARY_PATH + " and its shapes at " + baseUrl + SHAPES_PATH + ".");
            }
            switch (request.getMethod()) {
                case "GET", "HEAD" -> get(request, response, callback, route);
                case "OPTIONS" -> options(request, response, callback);
                default -> throw ProblemException.methodNotAllowed("The vocabulary is read-only: " + ALLOW
                        + " only.").withHeader(HttpHeader.ALLOW.asString(), ALLOW);
            }
        } catch (ProblemException e) {
            problem(request, response, callback, e);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), path, e);
            problem(request, response, callback, ProblemException.of(500, "Internal Server Error",
                    "The server failed to process the request; the failure is in its log."));
        }
        return true;
    }

    private void get(Request request, Response response, Callback callback, Route route) {
        HttpFields.Mutable headers = response.getHeaders();
        // Set before negotiating, so that a 406 says what it depended on too.
        headers.put(HttpHeader.VARY, vary(route));
        Form form = route.form() != null ? route.form() : Form.negotiate(header(request, HttpHeader.ACCEPT));
        Language language = Language.negotiate(queryParameter(request, "lang"),
                header(request, HttpHeader.ACCEPT_LANGUAGE));
        Representation representation = publisher.representation(route.document(), form, language);
        LOG.debug("{} {} answered with {}", request.getMethod(), request.getHttpURI().getPath(), representation);
        headers.put(HttpHeader.ETAG, representation.etag());
        headers.put(HttpHeader.CACHE_CONTROL, CACHE_CONTROL);
        headers.put("X-Content-Type-Options", "nosniff");
        if (representation.contentLanguage() != null) {
            headers.put(HttpHeader.CONTENT_LANGUAGE, representation.contentLanguage());
            headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (representation.matches(header(request, HttpHeader.IF_NONE_MATCH))) {
            // RFC 9110 §13.1.2: a GET or HEAD whose If-None-Match lists the current tag gets 304 and no body.
            response.setStatus(304);
            response.write(true, null, callback);
            return;
        }
        send(request, response, callback, 200, representation.contentType(), representation.body());
    }

    /** Answers OPTIONS: a CORS preflight with what it may send, any other request with the allowed methods. */
    private static void options(Request request, Response response, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.ALLOW, ALLOW);
        if (header(request, HttpHeader.ORIGIN) != null
                && header(request, HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, ALLOW);
            String requested = header(request, HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
            if (requested != null) {
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, requested);
            }
            headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
        }
        response.setStatus(204);
        response.write(true, null, callback);
    }

    /**
     * The documents are public, so any origin may read them, as it may read a pod's resources (Solid Protocol
     * §8.1): the origin is echoed, with credentials, since a Solid app's authenticated fetch sends them.
     */
    private static void allowOrigin(Request request, Response response) {
        String origin = header(request, HttpHeader.ORIGIN);
        if (origin != null) {
            HttpFields.Mutable headers = response.getHeaders();
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
    }

    private void problem(Request request, Response response, Callback callback, ProblemException problem) {
        if (response.isCommitted()) {
            callback.failed(problem);
            return;
        }
        LOG.debug("{} {} answered {}: {}", request.getMethod(), request.getHttpURI().getPath(), problem.status(),
                problem.detail());
        problem.headers().forEach(response.getHeaders()::put);
        String instance = baseUrl + request.getHttpURI().getPath().substring(1);
        send(request, response, callback, problem.status(), ProblemException.MEDIA_TYPE,
                problem.toJson(instance));
    }

    private static void send(Request request, Response response, Callback callback, int status, String contentType,
            byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
    }

    /**
     * What the response depends on: the negotiated URL's on both headers, the HTML page's URL on the language, and
     * every response on {@code Origin}, which the CORS headers echo.
     */
    private static String vary(Route route) {
        if (route.form() == null) {
            return "Accept, Accept-Language, Origin";
        }
        return route.form() == Form.HTML ? "Accept-Language, Origin" : "Origin";
    }

    /** A request header, its fields joined with commas when it is sent several times (RFC 9110 §5.3). */
    private static String header(Request request, HttpHeader name) {
        List<String> values = request.getHeaders().getValuesList(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** The raw value of a query parameter, or null; the only one read is {@code lang}, whose values are ASCII. */
    private static String queryParameter(Request request, String name) {
        String query = request.getHttpURI().getQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return pair.substring(equals + 1);
            }
        }
        return null;
    }

    /**
     * The URLs of a document: the document itself, with a final slash, at its version's path, and with the
     * extension of each form.
     */
    private static void addRoutes(Map<String, Route> routes, String path, String version,
            Publisher.Document document) {
        routes.put(path, new Route(document, null));
        routes.put(path + "/", new Route(document, null));
        routes.put(path + "/" + version, new Route(document, null));
        for (Form form : Form.values()) {
            routes.put(path + "." + form.extension(), new Route(document, form));
        }
    }

    /**
     * What a path serves.
     *
     * @param document the published document
     * @param form the form the path names by its extension, or null when the request's headers choose
     */
    private record Route(Publisher.Document document, Form form) {
    }
}
