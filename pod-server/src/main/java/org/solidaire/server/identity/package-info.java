// SPDX-License-Identifier: Apache-2.0
/**
 * Identity: accounts (email and Argon2id-hashed password), the pods and WebIDs they own, client credentials for
 * headless agents, and a Solid-OIDC OpenID Provider whose issuer is the server's base URL.
 *
 * <p>The API is {@link org.solidaire.server.identity.IdentityService} with its
 * {@link org.solidaire.server.identity.IdentityOptions}, the provisioning values
 * {@link org.solidaire.server.identity.PodRequest} and {@link org.solidaire.server.identity.ProvisionedPod}, and
 * the {@link org.solidaire.server.identity.AdminCommand} subcommand; everything else is package-private.
 *
 * <p>State lives in the {@code identity} subdirectory of the data directory, as JSON files replaced atomically:
 * {@code accounts.json} (accounts, pods, WebIDs, client credentials with hashed secrets), {@code clients.json}
 * (dynamically registered clients), {@code refresh-tokens.json} (digests of refresh tokens) and
 * {@code issuer-keys.json} (the ES256 and RS256 signing keys, current and retired). Sessions, pending
 * authorization requests and authorization codes are kept in memory only.
 *
 * <p>Paths served: {@code /.well-known/openid-configuration}; {@code /.oidc/auth}, {@code /.oidc/consent},
 * {@code /.oidc/token}, {@code /.oidc/jwks}, {@code /.oidc/reg}; the pages {@code /.account/},
 * {@code /.account/login}, {@code /.account/signup}, {@code /.account/password}, {@code /.account/pods},
 * {@code /.account/credentials}, {@code /.account/logout}; the JSON API {@code /.account/api/*}; and the admin
 * API {@code /.admin/pods}.
 *
 * @see <a href="https://solidproject.org/TR/oidc">Solid-OIDC</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9449">RFC 9449 OAuth 2.0 Demonstrating Proof of Possession</a>
 */
package org.solidaire.server.identity;
