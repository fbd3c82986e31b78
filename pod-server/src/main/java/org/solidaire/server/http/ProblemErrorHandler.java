// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.solidaire.server.problem.ProblemException;

/**
 * Problem details (RFC 9457) for the errors Jetty answers itself, before any handler of the server sees the
 * request: a malformed request line or path, headers over the limit, a URI too long.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /**
     * Every method gets its problem details: Jetty's default writes an error body for GET, POST and HEAD only, so a
     * PUT, PATCH or DELETE with a malformed path or framing would get a bare status.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Headers.PROBLEM_JSON);
        byte[] body = malformedEscape(cause) ? ProblemException.badRequest("The request path has a malformed "
                + "percent-escape: a '%' must be followed by two hexadecimal digits (RFC 3986 §2.1); write a '%' "
                + "itself as %25.").toJson(null) : body(code, message);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Whether Jetty refused the request because its path has a '%' without two hexadecimal digits after it: Jetty
     * answers that with a bare "Bad Request", the reason being only in the failure its URI parser threw.
     */
    private static boolean malformedEscape(Throwable cause) {
        for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
            boolean escape = failure instanceof NumberFormatException || failure instanceof IllegalArgumentException
                    && failure.getMessage() != null && failure.getMessage().contains("%");
            if (escape && Arrays.stream(failure.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith(HttpURI.class.getName()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Headers.PROBLEM_JSON);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int code, String message) {
        String title = HttpStatus.getMessage(code);
        String detail = message == null || message.isBlank() ? "The request could not be read: " + title + "."
                : "The request could not be read: " + message + ".";
        return ProblemException.of(code, title == null ? "Error" : title, detail).toJson(null);
    }
}
