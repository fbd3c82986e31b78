// SPDX-License-Identifier: Apache-2.0
/**
 * Outbound HTTP: every document the server fetches because a request named it (WebID profiles, OpenID issuer
 * metadata and keys, Solid-OIDC client identifier documents) goes through {@link org.solidaire.server.net.SafeFetcher},
 * which refuses internal addresses, bounds time and size, and sends no cookie or credential.
 *
 * <pre>{@code
 * try (SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(false))) {
 *     FetchedDocument jwks = fetcher.get(URI.create("https://idp.example/jwks"), "application/json");
 * }
 * }</pre>
 */
package org.solidaire.server.net;
