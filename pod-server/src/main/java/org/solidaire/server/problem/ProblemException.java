// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.problem;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;

/**
 * A request that cannot be honoured, carrying everything the response needs: the HTTP status, an RFC 9457
 * problem-details title and detail, extension members (such as the line and column of a syntax error) and any
 * header the specification requires with that status.
 *
 * <p>Deep code throws it; one translator in the HTTP layer writes the response.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457 Problem Details for HTTP APIs</a>
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The media type of a problem-details body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String title;
    private final transient Map<String, Object> extensions;
    private final transient Map<String, String> headers;
    private transient Graph rdf;

    private ProblemException(int status, String title, String detail, Map<String, Object> extensions,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = requireNonNull(title, "title");
        this.extensions = extensions;
        this.headers = headers;
    }

    /**
     * A problem with a status, a short title that does not change between occurrences, and a detail that
     * explains this occurrence.
     *
     * @param status the HTTP status, 4xx or 5xx
     * @param title the summary of the problem type
     * @param detail what is wrong and where, for the client to fix it
     * @return the problem
     */
    public static ProblemException of(int status, String title, String detail) {
        return new ProblemException(status, title, detail, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** 400 Bad Request. */
    public static ProblemException badRequest(String detail) {
        return of(400, "Bad Request", detail);
    }

    /** 404 Not Found. */
    public static ProblemException notFound(String detail) {
        return of(404, "Not Found", detail);
    }

    /** 405 Method Not Allowed; the caller adds the {@code Allow} header. */
    public static ProblemException methodNotAllowed(String detail) {
        return of(405, "Method Not Allowed", detail);
    }

    /** 409 Conflict. */
    public static ProblemException conflict(String detail) {
        return of(409, "Conflict", detail);
    }

    /** 412 Precondition Failed. */
    public static ProblemException preconditionFailed(String detail) {
        return of(412, "Precondition Failed", detail);
    }

    /** 415 Unsupported Media Type. */
    public static ProblemException unsupportedMediaType(String detail) {
        return of(415, "Unsupported Media Type", detail);
    }

    /** 422 Unprocessable Content. */
    public static ProblemException unprocessable(String detail) {
        return of(422, "Unprocessable Content", detail);
    }

    /** Adds an extension member to the problem details, such as {@code line} or {@code column}. */
    public ProblemException with(String member, Object value) {
        extensions.put(requireNonNull(member, "member"), requireNonNull(value, "value"));
        return this;
    }

    /** Adds a header that the response must carry with this status. */
    public ProblemException withHeader(String name, String value) {
        headers.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
        return this;
    }

    /**
     * Gives the problem an RDF form, such as a SHACL validation report, sent instead of the problem details to a
     * client whose {@code Accept} header prefers RDF.
     */
    public ProblemException withRdf(Graph graph) {
        this.rdf = requireNonNull(graph, "graph");
        return this;
    }

    /** The RDF form of the problem, if it has one. */
    public Optional<Graph> rdf() {
        return Optional.ofNullable(rdf);
    }

    /** Records the exception that caused this problem, for the log; it never reaches the client. */
    public ProblemException causedBy(Throwable cause) {
        initCause(cause);
        return this;
    }

    /**
     * The problem-details body: type, title, status, detail, the instance when given, then the extension
     * members, which never replace the standard ones.
     *
     * @param instance the URL of the request this problem answers, or null
     * @return the JSON body, in UTF-8
     */
    public byte[] toJson(String instance) {
        ObjectNode json = JSON.createObjectNode();
        json.put("type", "about:blank");
        json.put("title", title);
        json.put("status", status);
        if (detail() != null) {
            json.put("detail", detail());
        }
        if (instance != null) {
            json.put("instance", instance);
        }
        for (Map.Entry<String, Object> member : extensions.entrySet()) {
            if (!json.has(member.getKey())) {
                json.set(member.getKey(), JSON.valueToTree(member.getValue()));
            }
        }
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
