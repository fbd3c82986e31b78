// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.solidaire.server.problem.ProblemException;

/**
 * OAuth 2.0 errors as problems carrying the RFC 6749 error code in the {@code error} member, and their writing in
 * the OAuth form that clients of the token and registration endpoints expect.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749 §5.2 Error Response</a>
 */
final class OAuthErrors {

    static final String ERROR = "error";

    private OAuthErrors() {
    }

    static ProblemException of(int status, String code, String detail) {
        return ProblemException.of(status, code, detail).with(ERROR, code);
    }

    static ProblemException invalidRequest(String detail) {
        return of(400, "invalid_request", detail);
    }

    /** RFC 6749 §5.2: 401 with a challenge for the scheme the client tried. */
    static ProblemException invalidClient(String detail) {
        return of(401, "invalid_client", detail).withHeader("WWW-Authenticate", "Basic realm=\"token\"");
    }

    static ProblemException invalidGrant(String detail) {
        return of(400, "invalid_grant", detail);
    }

    static ProblemException unauthorizedClient(String detail) {
        return of(400, "unauthorized_client", detail);
    }

    static ProblemException unsupportedGrantType(String detail) {
        return of(400, "unsupported_grant_type", detail);
    }

    /** RFC 9449 §5: a token request whose DPoP proof is missing or invalid. */
    static ProblemException invalidDpopProof(String detail) {
        return of(400, "invalid_dpop_proof", detail);
    }

    /** RFC 7591 §3.2.2. */
    static ProblemException invalidClientMetadata(String detail) {
        return of(400, "invalid_client_metadata", detail);
    }

    static ProblemException invalidRedirectUri(String detail) {
        return of(400, "invalid_redirect_uri", detail);
    }

    /** Writes a problem as an OAuth error; a problem without an OAuth code becomes {@code invalid_request}. */
    static void send(WebExchange exchange, ProblemException problem) {
        problem.headers().forEach(exchange::setHeader);
        Map<String, Object> body = new LinkedHashMap<>();
        Object code = problem.extensions().get(ERROR);
        body.put(ERROR, code != null ? code : problem.status() >= 500 ? "server_error" : "invalid_request");
        if (problem.detail() != null) {
            body.put("error_description", problem.detail());
        }
        exchange.sendPrivateJson(problem.status(), body);
    }
}
