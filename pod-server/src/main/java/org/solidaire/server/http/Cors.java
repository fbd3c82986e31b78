// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

/**
 * Cross-origin resource sharing as the Solid Protocol requires: any origin is echoed with credentials allowed,
 * the Solid headers are exposed, and preflight requests are answered for every method and header asked.
 *
 * @see <a href="https://solidproject.org/TR/protocol#cors-server">Solid Protocol §8.1 CORS - Server</a>
 */
final class Cors {

    private static final String EXPOSED = "Accept-Patch, Accept-Post, Accept-Put, Accept-Ranges, Allow, "
            + "Content-Length, Content-Location, Content-Range, Content-Type, ETag, Last-Modified, Link, Location, "
            + "Updates-Via, WAC-Allow, Vary, WWW-Authenticate, MS-Author-Via";
    private static final String METHODS = "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE";

    private Cors() {
    }

    /** Adds the CORS response headers when the request carries {@code Origin}. */
    static void decorate(Exchange exchange) {
        String origin = exchange.header(Headers.ORIGIN);
        exchange.addHeader(Headers.VARY, "Accept, Authorization, Origin");
        if (origin == null) {
            return;
        }
        exchange.setHeader("Access-Control-Allow-Origin", origin);
        exchange.setHeader("Access-Control-Allow-Credentials", "true");
        exchange.setHeader("Access-Control-Expose-Headers", EXPOSED);
    }

    /** Whether the request is a CORS preflight (an OPTIONS with {@code Access-Control-Request-Method}). */
    static boolean isPreflight(Exchange exchange) {
        return "OPTIONS".equals(exchange.method()) && exchange.header(Headers.ORIGIN) != null
                && exchange.header("Access-Control-Request-Method") != null;
    }

    /** Answers a preflight: every method the server knows and every header the client asked for. */
    static void answerPreflight(Exchange exchange) {
        exchange.setHeader("Access-Control-Allow-Methods", METHODS);
        String requested = exchange.header("Access-Control-Request-Headers");
        if (requested != null) {
            exchange.setHeader("Access-Control-Allow-Headers", requested);
        }
        exchange.setHeader("Access-Control-Max-Age", "1728000");
        exchange.sendEmpty(204);
    }
}
