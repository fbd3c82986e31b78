// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.inrupt.client.Request;
import com.inrupt.client.Response;
import com.inrupt.client.openid.OpenIdException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request to a pod that failed: the server answered with an error status, or no answer came (a timeout, a
 * refused connection, a failed login). It keeps the request's URI, the status, the response headers and body, and
 * the RFC 9457 problem details the server sent.
 *
 * <p>The statuses a Solid app handles are their own subclasses: {@link UnauthorizedException} (401),
 * {@link ForbiddenException} (403), {@link NotFoundException} (404), {@link ConflictException} (409),
 * {@link PreconditionFailedException} (412) and {@link UnprocessableContentException} (422); any other failure is
 * this class itself.
 */
public class SolidaireClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final URI uri;
    private final int status;
    private final transient Map<String, List<String>> headers;
    private final String body;
    private final transient ProblemDetails problem;

    /** The method of a failed login, which {@link #method()} gives in place of a request's. */
    public static final String LOGIN = "LOGIN";

    SolidaireClientException(HttpFailure failure, Throwable cause) {
        this(failure, message(failure), cause);
    }

    private SolidaireClientException(HttpFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.method = failure.method();
        this.uri = failure.uri();
        this.status = failure.status();
        this.headers = failure.headers();
        this.body = failure.bodyText();
        this.problem = failure.problem().orElse(null);
    }

    /** The exception for an error response, of the subclass for its status. */
    static SolidaireClientException of(HttpFailure failure) {
        return switch (failure.status()) {
            case 401 -> new UnauthorizedException(failure);
            case 403 -> new ForbiddenException(failure);
            case 404 -> new NotFoundException(failure);
            case 409 -> new ConflictException(failure);
            case 412 -> new PreconditionFailedException(failure);
            case 422 -> new UnprocessableContentException(failure);
            default -> new SolidaireClientException(failure, null);
        };
    }

    /** The exception for a request that got no response. */
    static SolidaireClientException noResponse(String method, URI uri, Throwable cause) {
        return new SolidaireClientException(new HttpFailure(method, uri, 0, Map.of(), new byte[0]), cause);
    }

    /** The exception for a successful response whose body the client cannot read. */
    static SolidaireClientException unreadable(Request request, Response<byte[]> response, String why,
            Throwable cause) {
        HttpFailure failure = new HttpFailure(request.method(), request.uri(), response.statusCode(),
                response.headers().asMap(), response.body() == null ? new byte[0] : response.body());
        return new SolidaireClientException(failure, message(failure) + ", but " + why, cause);
    }

    /**
     * The exception for a session that could not log in at its issuer: the issuer's refusal, with its status and
     * error (RFC 6749 §5.2), or no answer.
     */
    static SolidaireClientException loginFailed(URI issuer, String clientId, Throwable cause) {
        Throwable found = cause;
        while (found != null && !(found instanceof OpenIdException)) {
            found = found.getCause();
        }
        if (!(found instanceof OpenIdException refusal) || refusal.getStatus().isEmpty()) {
            return noResponse(LOGIN, issuer, cause);
        }
        int status = refusal.getStatus().getAsInt();
        // RFC 6749 §5.2: the token endpoint answers wrong client credentials with 401, or 400 for some errors.
        String what = status == 400 || status == 401 ? "the issuer " + issuer + " refused the credentials of "
                + clientId : "the issuer " + issuer + " answered the login of " + clientId + " with " + status;
        return new SolidaireClientException(new HttpFailure(LOGIN, issuer, status, Map.of(), new byte[0]),
                what + ": " + refusal.getMessage(), refusal);
    }

    /** The method of the failed request, such as {@code PUT}; {@value #LOGIN} for a failed login. */
    public String method() {
        return method;
    }

    /** The URI of the failed request. */
    public URI uri() {
        return uri;
    }

    /** The response's HTTP status; 0 when no response arrived, and then {@link #getCause()} says why. */
    public int status() {
        return status;
    }

    /** The response headers, with case-insensitive names. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a response header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The response body as text; empty when there was none. */
    public String body() {
        return body;
    }

    /** The RFC 9457 problem details of the response, when the server sent them. */
    public Optional<ProblemDetails> problem() {
        return Optional.ofNullable(problem);
    }

    private static String message(HttpFailure failure) {
        String request = failure.method() + " " + failure.uri();
        if (failure.status() == 0) {
            return request + " got no response";
        }
        String detail = failure.problem().flatMap(ProblemDetails::detail).map(text -> ": " + text).orElse("");
        return request + " answered " + failure.status() + detail;
    }
}
