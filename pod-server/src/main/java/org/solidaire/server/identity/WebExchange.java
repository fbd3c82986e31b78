// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;
import org.solidaire.server.problem.ProblemException;

/** One request to the identity endpoints and its response, with the reading of forms and JSON bodies. */
final class WebExchange {

    /** Forms and JSON documents of the account pages and OAuth endpoints are small. */
    static final int MAX_FORM_BYTES = 64 * 1024;

    private final Request request;
    private final Response response;
    private final Callback callback;
    private Fields query;
    private Fields form;
    private String body;

    WebExchange(Request request, Response response, Callback callback) {
        this.request = requireNonNull(request, "request");
        this.response = requireNonNull(response, "response");
        this.callback = requireNonNull(callback, "callback");
    }

    Request request() {
        return request;
    }

    String method() {
        return request.getMethod();
    }

    /** The path as received, still percent-encoded. */
    String path() {
        return request.getHttpURI().getPath();
    }

    String rawQuery() {
        return request.getHttpURI().getQuery();
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** Every value of a request header, one per field line. */
    List<String> headers(String name) {
        return request.getHeaders().getValuesList(name);
    }

    String cookie(String name) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** A query parameter, or null. */
    String query(String name) {
        if (query == null) {
            try {
                query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("The query string is not well-formed: percent-encoding of UTF-8 "
                        + "text is expected.").causedBy(e);
            }
        }
        return query.getValue(name);
    }

    /** A field of an {@code application/x-www-form-urlencoded} body, or null. */
    String form(String name) {
        if (form == null) {
            form = new Fields();
            try {
                UrlEncoded.decodeUtf8To(body(MAX_FORM_BYTES), form);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("The form body is not well-formed: percent-encoding of UTF-8 "
                        + "text is expected (" + e.getMessage() + ").").causedBy(e);
            }
        }
        return form.getValue(name);
    }

    /** A field of the form body, or else of the query. */
    String param(String name) {
        String value = "POST".equals(method()) ? form(name) : null;
        return value != null ? value : query(name);
    }

    /** The body as UTF-8 text, read once; 413 when larger than the limit. */
    String body(int maxBytes) {
        if (body == null) {
            try (InputStream in = Content.Source.asInputStream(request)) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw ProblemException.of(413, "Content Too Large",
                            "The request body is larger than " + maxBytes + " bytes.");
                }
                body = new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    /** The JSON body as a value of a type; 400 when it is not. */
    <T> T json(Class<T> type, int maxBytes) {
        try {
            return JsonFiles.MAPPER.readValue(body(maxBytes), type);
        } catch (JsonProcessingException e) {
            throw JsonBodyProblems.of("The body", e);
        }
    }

    void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void addCookie(HttpCookie cookie) {
        Response.addCookie(response, cookie);
    }

    void send(int status, String contentType, byte[] content) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, content.length);
        boolean head = "HEAD".equals(method());
        response.write(true, head || content.length == 0 ? null : ByteBuffer.wrap(content), callback);
    }

    void sendJson(int status, Object value) {
        try {
            send(status, "application/json", JsonFiles.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a JSON answer", e);
        }
    }

    /** A JSON answer that must not be cached, as RFC 6749 §5.1 requires of token responses. */
    void sendPrivateJson(int status, Map<String, ?> value) {
        setHeader("Cache-Control", "no-store");
        sendJson(status, value);
    }

    void sendHtml(int status, String html) {
        setHeader("Cache-Control", "no-store");
        // The login and consent pages must not be framed by another site, which could trick a click.
        setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' https: data:; frame-ancestors 'none'");
        setHeader("X-Frame-Options", "DENY");
        setHeader("Referrer-Policy", "no-referrer");
        send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** 303 See Other: after a form, the browser follows with a GET. */
    void redirect(String location) {
        setHeader("Cache-Control", "no-store");
        response.setStatus(303);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        response.write(true, null, callback);
    }

    void sendEmpty(int status) {
        response.setStatus(status);
        if (status != 204) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        }
        response.write(true, null, callback);
    }

    boolean isCommitted() {
        return response.isCommitted();
    }

    void fail(Throwable failure) {
        callback.failed(failure);
    }
}
