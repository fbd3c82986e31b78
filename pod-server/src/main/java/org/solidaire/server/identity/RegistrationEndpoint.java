// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientInformation;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientMetadata;
import net.minidev.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open dynamic client registration: an app posts its metadata and receives a client identifier, and a secret
 * unless it registers as a public client ({@code token_endpoint_auth_method: none}).
 *
 * @see <a href="https://openid.net/specs/openid-connect-registration-1_0.html">OpenID Connect Dynamic Client
 *     Registration 1.0</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7591">RFC 7591</a>
 */
final class RegistrationEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationEndpoint.class);
    private static final int CLIENT_ID_BYTES = 16;
    private static final int SECRET_BYTES = 32;

    private final ClientRegistry registry;

    RegistrationEndpoint(ClientRegistry registry) {
        this.registry = registry;
    }

    void handle(WebExchange exchange) {
        if (!"POST".equals(exchange.method())) {
            exchange.setHeader("Allow", "POST, OPTIONS");
            throw OAuthErrors.of(405, "invalid_request", "The registration endpoint takes POST requests.");
        }
        OIDCClientMetadata metadata = parse(exchange.body(WebExchange.MAX_FORM_BYTES));
        List<String> redirects = redirects(metadata);
        boolean isPublic = ClientAuthenticationMethod.NONE.equals(metadata.getTokenEndpointAuthMethod());
        String clientId = Passwords.random(CLIENT_ID_BYTES);
        String secret = isPublic ? null : Passwords.random(SECRET_BYTES);
        Instant now = Instant.now();
        registry.add(new RegisteredClient(clientId, secret == null ? null : Digests.sha256Text(secret), redirects,
                metadata.getName(), metadata.getURI() == null ? null : metadata.getURI().toString(),
                metadata.getLogoURI() == null ? null : metadata.getLogoURI().toString(), now));
        LOG.debug("Registered the client {} ({})", clientId, metadata.getName());
        OIDCClientInformation information = new OIDCClientInformation(new ClientID(clientId), Date.from(now),
                metadata, secret == null ? null : new Secret(secret));
        exchange.sendPrivateJson(201, information.toJSONObject());
    }

    private static OIDCClientMetadata parse(String body) {
        try {
            OIDCClientMetadata metadata = OIDCClientMetadata.parse(new JSONObject(JSONObjectUtils.parse(body)));
            metadata.applyDefaults();
            return metadata;
        } catch (ParseException | java.text.ParseException e) {
            throw OAuthErrors.invalidClientMetadata("The client metadata cannot be read: " + e.getMessage());
        }
    }

    /** OpenID Connect Registration §2: redirect URIs are required, absolute and without a fragment. */
    private static List<String> redirects(OIDCClientMetadata metadata) {
        if (metadata.getRedirectionURIs() == null || metadata.getRedirectionURIs().isEmpty()) {
            throw OAuthErrors.invalidRedirectUri("The client must register at least one redirect_uri.");
        }
        List<String> redirects = new ArrayList<>();
        for (URI uri : metadata.getRedirectionURIs()) {
            if (!uri.isAbsolute() || uri.getFragment() != null) {
                throw OAuthErrors.invalidRedirectUri("A redirect_uri must be absolute and have no fragment: " + uri);
            }
            redirects.add(uri.toString());
        }
        return redirects;
    }
}
