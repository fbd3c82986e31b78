// SPDX-License-Identifier: Apache-2.0
/**
 * Who is making a request: {@link org.solidaire.server.auth.RequestAuthenticator} verifies the Solid-OIDC access
 * token and DPoP proof of a request and answers with its {@link org.solidaire.server.auth.Credentials}, or a 401
 * problem with the DPoP challenge.
 *
 * <p>The HTTP layer builds one authenticator at start-up, with the server's
 * {@link org.solidaire.server.net.SafeFetcher} and a {@link org.solidaire.server.auth.LocalIdentities} backed by the
 * store and the server's own issuer, and calls it once per request before any authorization decision:
 *
 * <pre>{@code
 * Credentials who = authenticator.authenticate(request.getMethod(), publicUrl,
 *         request.getHeaders().get(HttpHeader.AUTHORIZATION), joinedDpopHeaders);
 * }</pre>
 *
 * @see <a href="https://solidproject.org/TR/oidc">Solid-OIDC</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9449">RFC 9449 OAuth 2.0 Demonstrating Proof of Possession</a>
 */
package org.solidaire.server.auth;
