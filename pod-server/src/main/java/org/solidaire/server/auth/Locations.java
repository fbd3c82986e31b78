// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which WebID profiles, issuers and key sets may be fetched to verify a token, and how issuer IRIs compare.
 *
 * <p>Only {@code https}: a profile or key set read over plain HTTP could be replaced on the way, handing the
 * agent's identity to whoever did it (OpenID Connect Discovery §3 requires https issuers). Plain {@code http} is
 * allowed only for loopback hosts when the fetch policy allows loopback, which is how a server and its issuer run
 * together on a developer's machine.
 */
final class Locations {

    private static final Pattern LOOPBACK_HOST = Pattern.compile("localhost|127(\\.\\d{1,3}){3}|\\[::1]");

    private Locations() {
    }

    /**
     * The URL as an absolute URI to fetch, or empty when it is not an acceptable location.
     *
     * @param url the WebID, issuer or {@code jwks_uri} value
     * @param allowLoopbackHttp whether plain http to a loopback host is acceptable
     * @return the URI without fragment
     */
    static Optional<URI> fetchable(String url, boolean allowLoopbackHttp) {
        int hash = url.indexOf('#');
        URI uri;
        try {
            uri = new URI(hash < 0 ? url : url.substring(0, hash));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopbackHttp = allowLoopbackHttp && scheme.equals("http")
                && LOOPBACK_HOST.matcher(uri.getHost().toLowerCase(Locale.ROOT)).matches();
        return scheme.equals("https") || loopbackHttp ? Optional.of(uri) : Optional.empty();
    }

    /**
     * The issuer IRI in the form in which profiles and tokens are compared. A profile that lists
     * {@code https://idp.example/} vouches for tokens whose {@code iss} is {@code https://idp.example}: one trailing
     * slash does not make another issuer, and both forms are common in Solid profiles.
     */
    static String issuerKey(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** Where OpenID Connect Discovery §4 says the issuer publishes its metadata. */
    static String discoveryUrl(String issuer) {
        return issuerKey(issuer) + "/.well-known/openid-configuration";
    }
}
