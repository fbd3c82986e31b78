// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.OIDCError;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.Prompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * The authorization endpoint and the consent page: checks the app's request, sends the person to log in when
 * needed, asks their consent naming the app, and answers the app with a code.
 *
 * <p>Until the redirect URI is known to be the client's, errors are shown to the person and never redirected
 * (RFC 6749 §4.1.2.1); after that, they go back to the app.
 *
 * @see <a href="https://solidproject.org/TR/oidc#authorization-code-pkce-flow">Solid-OIDC §6 Authorization Code
 *     Flow with PKCE</a>
 */
final class AuthorizationEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationEndpoint.class);

    private final Pages pages;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Interactions interactions;
    private final ClientResolver clients;
    private final AuthorizationCodes codes;
    private final Issuer issuer;
    private final URI endpoint;

    AuthorizationEndpoint(Pages pages, Accounts accounts, Sessions sessions, Interactions interactions,
            ClientResolver clients, AuthorizationCodes codes, Discovery discovery, String issuer) {
        this.pages = pages;
        this.accounts = accounts;
        this.sessions = sessions;
        this.interactions = interactions;
        this.clients = clients;
        this.codes = codes;
        this.issuer = new Issuer(issuer);
        this.endpoint = discovery.url(Discovery.AUTHORIZATION);
    }

    /** GET of the authorization endpoint. */
    void authorize(WebExchange exchange) {
        Messages messages = Pages.messages(exchange);
        AuthorizationRequest request;
        ClientInfo client;
        try {
            request = AuthorizationRequest.parse(endpoint, exchange.rawQuery() == null ? "" : exchange.rawQuery());
            client = clients.resolve(request.getClientID().getValue());
        } catch (ParseException e) {
            pages.error(exchange, 400, messages, e.getMessage());
            return;
        } catch (ProblemException e) {
            pages.error(exchange, 400, messages, messages.format("error.client", e.detail()));
            return;
        }
        URI redirect = request.getRedirectionURI();
        if (redirect == null || !client.redirectUris().contains(redirect.toString())) {
            pages.error(exchange, 400, messages, messages.get("error.redirect"));
            return;
        }
        State state = request.getState();
        if (!ResponseType.CODE.equals(request.getResponseType())) {
            exchange.redirect(error(redirect, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE, state));
            return;
        }
        if (request.getCodeChallenge() == null || !CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
            exchange.redirect(error(redirect, OAuth2Error.INVALID_REQUEST.setDescription(
                    "Solid-OIDC requires PKCE with the S256 code challenge method."), state));
            return;
        }
        boolean loggedIn = sessions.of(exchange).isPresent();
        Prompt prompt = request.getPrompt();
        if (!loggedIn && prompt != null && prompt.contains(Prompt.Type.NONE)) {
            exchange.redirect(error(redirect, OIDCError.LOGIN_REQUIRED, state));
            return;
        }
        Interactions.Interaction interaction = interactions.start(client, redirect.toString(),
                state == null ? null : state.getValue(), first(request.getCustomParameter("nonce")),
                granted(request.getScope()), request.getCodeChallenge());
        LOG.debug("Authorization request of {} waits for {}", client.clientId(), loggedIn ? "consent" : "login");
        exchange.redirect(pages.url(loggedIn ? Discovery.CONSENT : Pages.LOGIN, "interaction", interaction.id(),
                "lang", messages.language()));
    }

    /** GET of the consent page. */
    void consentPage(WebExchange exchange) {
        Messages messages = Pages.messages(exchange);
        String id = exchange.query("interaction");
        Optional<Sessions.Session> session = sessions.of(exchange);
        if (session.isEmpty()) {
            exchange.redirect(pages.url(Pages.LOGIN, "interaction", id, "lang", messages.language()));
            return;
        }
        Optional<Interactions.Interaction> interaction = interactions.get(id);
        Optional<Account> account = accounts.store().byId(session.get().accountId());
        if (interaction.isEmpty() || account.isEmpty()) {
            pages.error(exchange, 400, messages, messages.get("error.interaction"));
            return;
        }
        if (account.get().webIds().isEmpty()) {
            pages.error(exchange, 400, messages, messages.get("consent.noWebId"));
            return;
        }
        ClientInfo client = interaction.get().client();
        Map<String, String> values = new HashMap<>();
        values.put("heading", messages.format("consent.heading", client.displayName()));
        values.put("clientId", client.clientId());
        values.put("clientUri", client.clientUri() == null ? "" : "<dt>" + Templates.escape(messages.get(
                "consent.clientUri")) + "</dt><dd><code>" + Templates.escape(client.clientUri()) + "</code></dd>");
        values.put("action", pages.url(Discovery.CONSENT));
        values.put("interaction", interaction.get().id());
        values.put("csrf", session.get().csrf());
        values.put("email", account.get().email());
        values.put("account", pages.url(Pages.HOME, "lang", messages.language()));
        values.put("webIds", webIdChoices(account.get().webIds()));
        pages.render(exchange, 200, messages, "consent", "consent.title", values);
    }

    /** POST of the consent form: the person allows or denies the app. */
    void consent(WebExchange exchange) {
        Messages messages = Pages.messages(exchange);
        Optional<Sessions.Session> session = sessions.of(exchange);
        if (session.isEmpty() || !session.get().csrf().equals(exchange.form("csrf"))) {
            pages.error(exchange, 403, messages, messages.get("error.csrf"));
            return;
        }
        Optional<Interactions.Interaction> found = interactions.finish(exchange.form("interaction"));
        Optional<Account> account = accounts.store().byId(session.get().accountId());
        if (found.isEmpty() || account.isEmpty()) {
            pages.error(exchange, 400, messages, messages.get("error.interaction"));
            return;
        }
        Interactions.Interaction interaction = found.get();
        URI redirect = URI.create(interaction.redirectUri());
        State state = interaction.state() == null ? null : new State(interaction.state());
        String webId = exchange.form("webId");
        if (!"allow".equals(exchange.form("decision")) || webId == null || !account.get().webIds().contains(webId)) {
            LOG.debug("Consent to {} denied", interaction.client().clientId());
            exchange.redirect(error(redirect, OAuth2Error.ACCESS_DENIED, state));
            return;
        }
        String code = codes.issue(new AuthorizationCodes.Grant(interaction.client().clientId(),
                interaction.redirectUri(), interaction.challenge(), webId, interaction.scope(), interaction.nonce(),
                session.get().authTime()));
        exchange.redirect(new AuthorizationSuccessResponse(redirect, new AuthorizationCode(code), null, state,
                issuer, ResponseMode.QUERY).toURI().toString());
    }

    /** RFC 9207: the issuer is named in every answer, so that an app talking to several cannot be confused. */
    private String error(URI redirect, ErrorObject error, State state) {
        return new AuthorizationErrorResponse(redirect, error, state, issuer, ResponseMode.QUERY).toURI().toString();
    }

    /** The scope granted to an app: what it asked for among {@code openid}, {@code webid}, {@code offline_access}. */
    static Scope granted(Scope requested) {
        Scope granted = new Scope(OIDCScopeValue.OPENID);
        granted.add(TokenEndpoint.WEBID_SCOPE);
        if (requested != null && requested.contains(OIDCScopeValue.OFFLINE_ACCESS)) {
            granted.add(OIDCScopeValue.OFFLINE_ACCESS);
        }
        return granted;
    }

    private static String webIdChoices(List<String> webIds) {
        StringBuilder choices = new StringBuilder();
        for (int i = 0; i < webIds.size(); i++) {
            String id = "webId-" + i;
            choices.append("<div><input type=\"radio\" name=\"webId\" id=\"").append(id).append("\" value=\"")
                    .append(Templates.escape(webIds.get(i))).append('"').append(i == 0 ? " checked" : "")
                    .append("><label for=\"").append(id).append("\" style=\"display:inline\">")
                    .append(Templates.escape(webIds.get(i))).append("</label></div>");
        }
        return choices.toString();
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
