// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The form in which the {@code htu} of a DPoP proof and the URL of the request are compared: RFC 9449 §4.3 ignores
 * query and fragment and compares the rest after the syntax- and scheme-based normalisation of RFC 3986 §6.2.2
 * and §6.2.3, so that {@code HTTPS://Pod.Example:443/a/%7ebob} matches {@code https://pod.example/a/~bob}.
 */
final class RequestTargets {

    private static final String UNRESERVED_MARKS = "-._~";

    private RequestTargets() {
    }

    /**
     * The comparable form of an absolute http or https URL, or empty when the value is not one.
     *
     * @param url the {@code htu} claim or the public URL of the request
     * @return scheme and host in lower case, without the default port, with normalised percent-encoding and dot
     *     segments, an empty path as {@code /}, and no query or fragment
     */
    static Optional<String> comparable(String url) {
        URI uri;
        try {
            uri = new URI(url).normalize();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(percentEncoding(uri.getRawUserInfo())).append('@');
        }
        out.append(uri.getHost().toLowerCase(Locale.ROOT));
        int defaultPort = scheme.equals("https") ? 443 : 80;
        if (uri.getPort() != -1 && uri.getPort() != defaultPort) {
            out.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return Optional.of(out.append(percentEncoding(path)).toString());
    }

    /** Upper-case hexadecimal digits in percent-encodings, and unreserved characters decoded (RFC 3986 §6.2.2.1-2). */
    private static String percentEncoding(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                char decoded = (char) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (isUnreserved(decoded)) {
                    out.append(decoded);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    private static boolean isUnreserved(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED_MARKS.indexOf(c) >= 0);
    }
}
