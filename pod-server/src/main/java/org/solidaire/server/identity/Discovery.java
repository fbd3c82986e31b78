// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPTokenRequestVerifier;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

/**
 * The endpoints of the issuer, each under the base URL, and the OpenID Provider metadata that names them.
 *
 * @see <a href="https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata">OpenID Connect
 *     Discovery §3</a>
 * @see <a href="https://solidproject.org/TR/oidc#discovery">Solid-OIDC §7 Discovery</a>
 */
final class Discovery {

    static final String WELL_KNOWN = "/.well-known/openid-configuration";
    static final String AUTHORIZATION = "/.oidc/auth";
    static final String TOKEN = "/.oidc/token";
    static final String JWKS = "/.oidc/jwks";
    static final String REGISTRATION = "/.oidc/reg";
    static final String CONSENT = "/.oidc/consent";

    private final String baseUrl;
    private final Map<String, Object> metadata;

    Discovery(String baseUrl) {
        this.baseUrl = baseUrl;
        this.metadata = build();
    }

    /** The absolute URL of one of the issuer's paths, such as {@link #TOKEN}. */
    URI url(String path) {
        return URI.create(baseUrl + path.substring(1));
    }

    Map<String, Object> metadata() {
        return metadata;
    }

    private Map<String, Object> build() {
        // The issuer is the base URL exactly, trailing slash included: Solid-OIDC §5 compares it with the
        // solid:oidcIssuer of WebID profiles as a string.
        OIDCProviderMetadata provider = new OIDCProviderMetadata(new Issuer(baseUrl), List.of(SubjectType.PUBLIC),
                url(JWKS));
        provider.setAuthorizationEndpointURI(url(AUTHORIZATION));
        provider.setTokenEndpointURI(url(TOKEN));
        provider.setRegistrationEndpointURI(url(REGISTRATION));
        provider.setScopes(new Scope("openid", TokenEndpoint.WEBID_SCOPE, "offline_access"));
        provider.setResponseTypes(List.of(ResponseType.CODE));
        provider.setResponseModes(List.of(ResponseMode.QUERY));
        provider.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN,
                GrantType.CLIENT_CREDENTIALS));
        provider.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        provider.setTokenEndpointAuthMethods(List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
                ClientAuthenticationMethod.CLIENT_SECRET_POST, ClientAuthenticationMethod.NONE));
        provider.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
        provider.setDPoPJWSAlgs(List.copyOf(DPoPTokenRequestVerifier.SUPPORTED_JWS_ALGORITHMS));
        provider.setClaims(List.of("sub", "webid", "iss", "aud", "azp", "exp", "iat", "auth_time", "nonce"));
        provider.setSupportsAuthorizationResponseIssuerParam(true);
        provider.setCustomParameter("solid_oidc_supported", "https://solidproject.org/TR/solid-oidc");
        return Map.copyOf(provider.toJSONObject());
    }
}
