// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import org.solidaire.server.problem.ProblemException;

/**
 * The 401 answers of the resource server, each with the {@code WWW-Authenticate} challenge RFC 9449 §7.1 asks
 * for: the DPoP scheme, the proof algorithms accepted, and the error code.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9449#section-7.1">RFC 9449 §7.1 The DPoP Authentication
 *     Scheme</a>
 */
final class Challenges {

    /** The header that carries the challenge. */
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    /** The challenge without an error, for a request that carried no credentials (RFC 9449 §7.1). */
    static final String BARE = "DPoP algs=\"" + Signatures.acceptedNames() + "\"";

    private Challenges() {
    }

    /** A 401 for a missing, malformed, expired or untrusted access token, or a scheme other than DPoP. */
    static ProblemException invalidToken(String detail) {
        return unauthorized("invalid_token", detail);
    }

    /** A 401 for a missing or invalid DPoP proof. */
    static ProblemException invalidProof(String detail) {
        return unauthorized("invalid_dpop_proof", detail);
    }

    private static ProblemException unauthorized(String error, String detail) {
        String challenge = BARE + ", error=\"" + error + "\", error_description=\"" + quotable(detail) + "\"";
        return ProblemException.of(401, "Unauthorized", detail).withHeader(WWW_AUTHENTICATE, challenge);
    }

    /**
     * The detail as the content of an RFC 9110 §5.6.4 quoted-string: RFC 6750 §3 limits error_description to
     * printable ASCII without {@code "} and {@code \}, so a section sign is spelt out and anything else becomes a
     * space.
     */
    private static String quotable(String detail) {
        String spelt = detail.replace("§", "section ");
        StringBuilder out = new StringBuilder(spelt.length());
        for (char c : spelt.toCharArray()) {
            boolean allowed = c >= 0x20 && c <= 0x7e && c != '"' && c != '\\';
            out.append(allowed ? c : ' ');
        }
        return out.toString();
    }
}
