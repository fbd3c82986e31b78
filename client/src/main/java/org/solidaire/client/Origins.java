// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.net.URI;
import java.util.Locale;

/** Web origins as the {@code Origin} header and {@code acl:origin} write them: scheme, host and any port. */
public final class Origins {

    private Origins() {
    }

    /**
     * The serialised origin of a URL or origin, as access rules store it, such as {@code https://app.example} or
     * {@code http://127.0.0.1:3000}.
     *
     * @throws IllegalArgumentException if the value has no scheme and host
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6454#section-6.2">RFC 6454 §6.2</a>
     */
    public static String normalize(String value) {
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an origin: " + value, e);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an origin (a scheme and a host, such as https://app.example): "
                    + value);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT);
        // RFC 6454 §6.2: a browser's Origin header omits the scheme's default port, and WAC compares origins as
        // strings, so an acl:origin that kept it would never match.
        return uri.getPort() < 0 || uri.getPort() == defaultPort(scheme) ? origin : origin + ":" + uri.getPort();
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }
}
