// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.solidaire.server.access.Agent;
import org.solidaire.server.store.ResourcePath;

/** One request and its response, with the resource path the request targets. */
final class Exchange {

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final ResourcePath path;
    private final String iri;
    private Agent agent = Agent.anonymous(Optional.empty());

    Exchange(Request request, Response response, Callback callback, ResourcePath path, String iri) {
        this.request = requireNonNull(request, "request");
        this.response = requireNonNull(response, "response");
        this.callback = requireNonNull(callback, "callback");
        this.path = requireNonNull(path, "path");
        this.iri = requireNonNull(iri, "iri");
    }

    /** Who makes the request, once identified; anonymous until then. */
    Agent agent() {
        return agent;
    }

    void identified(Agent identified) {
        this.agent = requireNonNull(identified, "identified");
    }

    Request request() {
        return request;
    }

    Response response() {
        return response;
    }

    Callback callback() {
        return callback;
    }

    ResourcePath path() {
        return path;
    }

    /** The public IRI of the target resource, the base for relative IRIs in bodies. */
    String iri() {
        return iri;
    }

    String method() {
        return request.getMethod();
    }

    boolean isHead() {
        return "HEAD".equals(request.getMethod());
    }

    /** A request header's value; several fields of the same name are joined with commas (RFC 9110 §5.3). */
    String header(String name) {
        String single = null;
        StringBuilder joined = null;
        for (HttpField field : request.getHeaders()) {
            if (!field.is(name)) {
                continue;
            }
            if (single == null) {
                single = field.getValue();
            } else {
                joined = (joined == null ? new StringBuilder(single) : joined).append(", ").append(field.getValue());
            }
        }
        return joined == null ? single : joined.toString();
    }

    long contentLength() {
        return request.getLength();
    }

    /** The request body; a body cut short or stalled is refused with 400 or 408 when read. */
    InputStream body() {
        return RequestBody.of(Content.Source.asInputStream(request));
    }

    void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void addHeader(String name, String value) {
        response.getHeaders().add(name, value);
    }

    /** Sends a complete response; a HEAD request gets the same headers without the body. */
    void send(int status, String contentType, byte[] body) {
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        if (isHead() || body.length == 0) {
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    /** Sends a response without content. */
    void sendEmpty(int status) {
        response.setStatus(status);
        if (status != 204 && status != 304) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        }
        response.write(true, null, callback);
    }
}
