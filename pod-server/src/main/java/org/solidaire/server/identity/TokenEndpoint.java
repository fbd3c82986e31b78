// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.PlainClientSecret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token endpoint: the client credentials grant for headless agents, the authorization code grant with PKCE
 * for apps people log in to, and refresh tokens. Every grant requires a DPoP proof, and every access token is
 * bound to its key.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.2">RFC 6749 §3.2 Token Endpoint</a>
 * @see <a href="https://solidproject.org/TR/oidc#tokens">Solid-OIDC §8 Tokens</a>
 */
final class TokenEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);
    static final String WEBID_SCOPE = "webid";

    private final URI endpoint;
    private final Accounts accounts;
    private final ClientRegistry registry;
    private final DpopProofs dpop;
    private final TokenFactory tokens;
    private final AuthorizationCodes codes;
    private final RefreshTokens refreshTokens;

    TokenEndpoint(URI endpoint, Accounts accounts, ClientRegistry registry, DpopProofs dpop, TokenFactory tokens,
            AuthorizationCodes codes, RefreshTokens refreshTokens) {
        this.endpoint = endpoint;
        this.accounts = accounts;
        this.registry = registry;
        this.dpop = dpop;
        this.tokens = tokens;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
    }

    void handle(WebExchange exchange) {
        if (!"POST".equals(exchange.method())) {
            exchange.setHeader("Allow", "POST, OPTIONS");
            throw OAuthErrors.of(405, "invalid_request", "The token endpoint takes POST requests.");
        }
        TokenRequest request = parse(exchange);
        GrantType type = request.getAuthorizationGrant().getType();
        Map<String, Object> answer;
        if (GrantType.CLIENT_CREDENTIALS.equals(type)) {
            answer = clientCredentials(exchange, request);
        } else if (GrantType.AUTHORIZATION_CODE.equals(type)) {
            answer = authorizationCode(exchange, request);
        } else if (GrantType.REFRESH_TOKEN.equals(type)) {
            answer = refresh(exchange, request);
        } else {
            throw OAuthErrors.unsupportedGrantType("The grant type " + type + " is not supported.");
        }
        exchange.sendPrivateJson(200, answer);
    }

    private TokenRequest parse(WebExchange exchange) {
        HTTPRequest http = new HTTPRequest(HTTPRequest.Method.POST, endpoint);
        try {
            String contentType = exchange.header("Content-Type");
            if (contentType != null) {
                http.setContentType(contentType);
            }
            String authorization = exchange.header("Authorization");
            if (authorization != null) {
                http.setAuthorization(authorization);
            }
            http.setBody(exchange.body(WebExchange.MAX_FORM_BYTES));
            return TokenRequest.parse(http);
        } catch (ParseException e) {
            ErrorObject error = e.getErrorObject();
            String code = error != null && error.getCode() != null ? error.getCode() : "invalid_request";
            if ("invalid_client".equals(code)) {
                throw OAuthErrors.invalidClient(e.getMessage());
            }
            throw OAuthErrors.of(400, code, e.getMessage());
        }
    }

    /** RFC 6749 §4.4 with HTTP Basic (or form) client authentication; the credentials name the WebID. */
    private Map<String, Object> clientCredentials(WebExchange exchange, TokenRequest request) {
        if (!(request.getClientAuthentication() instanceof PlainClientSecret secret)) {
            throw OAuthErrors.invalidClient("The client credentials grant needs the client's id and secret, "
                    + "with HTTP Basic authentication.");
        }
        String clientId = secret.getClientID().getValue();
        ClientCredential credential = accounts.authenticateClient(clientId, secret.getClientSecret().getValue())
                .orElseThrow(() -> OAuthErrors.invalidClient("The client id or secret is wrong."));
        Base64URL jkt = dpop.verify(exchange.headers("DPoP"), clientId);
        Scope scope = grantedScope(request.getScope());
        String accessToken = tokens.accessToken(credential.webId(), clientId, jkt, scope);
        String idToken = tokens.boundIdToken(credential.webId(), clientId, jkt);
        LOG.debug("Issued an access token for {} to client {}", credential.webId(), clientId);
        return new OIDCTokenResponse(new OIDCTokens(idToken, dpopToken(accessToken, scope), null)).toJSONObject();
    }

    /** RFC 6749 §4.1.3 with PKCE (RFC 7636 §4.6), which Solid-OIDC requires of every client. */
    private Map<String, Object> authorizationCode(WebExchange exchange, TokenRequest request) {
        String clientId = authenticateApp(request);
        Base64URL jkt = dpop.verify(exchange.headers("DPoP"), clientId);
        AuthorizationCodeGrant codeGrant = (AuthorizationCodeGrant) request.getAuthorizationGrant();
        AuthorizationCodes.Grant grant = codes.redeem(codeGrant.getAuthorizationCode().getValue())
                .orElseThrow(() -> OAuthErrors.invalidGrant("The authorization code is unknown, used or expired."));
        if (!grant.clientId().equals(clientId)) {
            throw OAuthErrors.invalidGrant("The authorization code was issued to another client.");
        }
        URI redirect = codeGrant.getRedirectionURI();
        if (redirect == null || !grant.redirectUri().equals(redirect.toString())) {
            throw OAuthErrors.invalidGrant("The redirect_uri differs from the authorization request's.");
        }
        if (codeGrant.getCodeVerifier() == null || !CodeChallenge.compute(CodeChallengeMethod.S256,
                codeGrant.getCodeVerifier()).equals(grant.challenge())) {
            throw OAuthErrors.invalidGrant("The PKCE code_verifier does not match the code_challenge.");
        }
        LOG.debug("Exchanged an authorization code for {} with client {}", grant.webId(), clientId);
        return issue(grant.webId(), clientId, jkt, grant.scope(), grant.nonce(), grant.authTime());
    }

    /** RFC 6749 §6: the refresh token is replaced by a new one and must come with the same DPoP key. */
    private Map<String, Object> refresh(WebExchange exchange, TokenRequest request) {
        String clientId = authenticateApp(request);
        Base64URL jkt = dpop.verify(exchange.headers("DPoP"), clientId);
        RefreshToken token = ((RefreshTokenGrant) request.getAuthorizationGrant()).getRefreshToken();
        RefreshTokens.Grant grant = refreshTokens.redeem(token.getValue())
                .orElseThrow(() -> OAuthErrors.invalidGrant("The refresh token is unknown, used or expired."));
        if (!grant.clientId().equals(clientId)) {
            throw OAuthErrors.invalidGrant("The refresh token was issued to another client.");
        }
        // RFC 9449 §5: a refresh token issued to a public client is bound to the DPoP key it was issued with.
        if (!grant.jkt().equals(jkt.toString())) {
            throw OAuthErrors.invalidGrant("The refresh token is bound to another DPoP key.");
        }
        return issue(grant.webId(), clientId, jkt, Scope.parse(grant.scope()), null, grant.authTime());
    }

    private Map<String, Object> issue(String webId, String clientId, Base64URL jkt, Scope scope, String nonce,
            Instant authTime) {
        DPoPAccessToken accessToken = dpopToken(tokens.accessToken(webId, clientId, jkt, scope), scope);
        RefreshToken refresh = null;
        if (scope.contains(OIDCScopeValue.OFFLINE_ACCESS)) {
            refresh = new RefreshToken(refreshTokens.issue(clientId, webId, scope.toString(), jkt.toString(),
                    authTime));
        }
        if (!scope.contains(OIDCScopeValue.OPENID)) {
            return new AccessTokenResponse(new Tokens(accessToken, refresh)).toJSONObject();
        }
        String idToken = tokens.idToken(webId, clientId, nonce, authTime);
        return new OIDCTokenResponse(new OIDCTokens(idToken, accessToken, refresh)).toJSONObject();
    }

    /**
     * Authenticates an app in the code or refresh grant: a registered confidential client with its secret, or a
     * public client (a Client ID Document or a public registration) by its {@code client_id} alone.
     */
    private String authenticateApp(TokenRequest request) {
        ClientAuthentication authentication = request.getClientAuthentication();
        if (authentication instanceof PlainClientSecret secret) {
            String clientId = secret.getClientID().getValue();
            Optional<RegisteredClient> client = registry.get(clientId);
            if (client.isEmpty() || client.get().isPublic()
                    || !Digests.matches(secret.getClientSecret().getValue(), client.get().secretHash())) {
                throw OAuthErrors.invalidClient("The client id or secret is wrong.");
            }
            return clientId;
        }
        if (authentication != null) {
            throw OAuthErrors.invalidClient("This client authentication method is not supported.");
        }
        if (request.getClientID() == null) {
            throw OAuthErrors.invalidRequest("A public client names itself with client_id.");
        }
        String clientId = request.getClientID().getValue();
        if (registry.get(clientId).map(c -> !c.isPublic()).orElse(false)) {
            throw OAuthErrors.invalidClient("This client must authenticate with its secret.");
        }
        return clientId;
    }

    /** The scope granted: {@code webid} always (Solid-OIDC §6), with {@code openid} when asked for. */
    private static Scope grantedScope(Scope requested) {
        Scope granted = new Scope();
        if (requested != null && requested.contains(OIDCScopeValue.OPENID)) {
            granted.add(OIDCScopeValue.OPENID);
        }
        granted.add(WEBID_SCOPE);
        return granted;
    }

    private DPoPAccessToken dpopToken(String value, Scope scope) {
        return new DPoPAccessToken(value, tokens.lifetime().toSeconds(), scope);
    }
}
