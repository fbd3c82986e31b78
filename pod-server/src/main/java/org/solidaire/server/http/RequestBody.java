// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.io.EofException;
import org.solidaire.server.problem.ProblemException;

/**
 * A request body whose failures to arrive are the client's, answered as such: a body that ends before the length
 * its headers announced is a 400, one that stops arriving until the connection's idle timeout a 408 (RFC 9110
 * §15.5.9). Whatever reads it, RDF parser, patch or binary store, then refuses the request rather than failing.
 */
final class RequestBody extends FilterInputStream {

    private RequestBody(InputStream in) {
        super(in);
    }

    static InputStream of(InputStream in) {
        return new RequestBody(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw refusal(e).orElseThrow(() -> e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw refusal(e).orElseThrow(() -> e);
        }
    }

    /** The client's failure to send the body as the refusal to answer, or none for a failure of the server's. */
    private static Optional<ProblemException> refusal(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException) {
                return Optional.of(ProblemException.badRequest("The request body ended before the length its "
                        + "headers announced (Content-Length, or the chunked encoding's last chunk).")
                        .causedBy(failure));
            }
            if (cause instanceof TimeoutException) {
                return Optional.of(ProblemException.of(408, "Request Timeout", "The request body stopped "
                        + "arriving before its end; send it whole.").withHeader("Connection", "close")
                        .causedBy(failure));
            }
        }
        return Optional.empty();
    }
}
