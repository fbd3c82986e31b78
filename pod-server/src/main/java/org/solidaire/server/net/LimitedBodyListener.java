// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Collects one response and its body, aborting the exchange as soon as the body goes beyond the limit, so that
 * no more than the limit is ever read or held, whatever {@code Content-Length} says or omits.
 */
final class LimitedBodyListener implements Response.Listener {

    /** One response: its status, the headers a fetch needs, and its body. */
    record Hop(int status, String contentType, String location, byte[] body) {
    }

    /** The body went beyond the limit; the exchange was aborted. */
    static final class BodyTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit) {
            super("Response body exceeds the limit of " + limit + " bytes");
        }
    }

    private final long maxBytes;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final CompletableFuture<Hop> result = new CompletableFuture<>();

    LimitedBodyListener(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Completes with the response, or with the failure of the exchange. */
    CompletableFuture<Hop> result() {
        return result;
    }

    @Override
    public void onHeaders(Response response) {
        long declared = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > maxBytes) {
            response.abort(new BodyTooLargeException(maxBytes));
        }
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
        if (body.size() + (long) content.remaining() > maxBytes) {
            response.abort(new BodyTooLargeException(maxBytes));
            return;
        }
        byte[] bytes = new byte[content.remaining()];
        content.get(bytes);
        body.writeBytes(bytes);
    }

    @Override
    public void onComplete(Result outcome) {
        if (outcome.isFailed()) {
            result.completeExceptionally(outcome.getFailure());
            return;
        }
        Response response = outcome.getResponse();
        result.complete(new Hop(response.getStatus(), response.getHeaders().get(HttpHeader.CONTENT_TYPE),
                response.getHeaders().get(HttpHeader.LOCATION), body.toByteArray()));
    }
}
