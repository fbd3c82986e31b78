// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorizationCodeFlowTest {

    @RegisterExtension
    static final IdentityServer SERVER = new IdentityServer();

    private static final String APP_NAME = "Mon appli de test";
    private static HttpServer app;
    private static String clientId;
    private static String redirectUri;

    /** A Solid-OIDC Client ID Document, served by the app itself on another loopback port. */
    @BeforeAll
    static void serveClientIdDocument() throws IOException {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String origin = "http://127.0.0.1:" + app.getAddress().getPort();
        clientId = origin + "/app/id";
        redirectUri = origin + "/app/callback";
        byte[] document = ("{\"@context\":[\"https://www.w3.org/ns/solid/oidc-context.jsonld\"],"
                + "\"client_id\":\"" + clientId + "\",\"client_name\":\"" + APP_NAME + "\","
                + "\"redirect_uris\":[\"" + redirectUri + "\"],\"scope\":\"openid webid offline_access\","
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"response_types\":[\"code\"],"
                + "\"token_endpoint_auth_method\":\"none\"}").getBytes(StandardCharsets.UTF_8);
        app.createContext("/app/id", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(document);
            }
        });
        app.start();
    }

    @AfterAll
    static void stopApp() {
        app.stop(0);
    }

    @Test
    void theCodeFlowThroughTheHtmlFormsYieldsTokensForTheChosenWebId() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        DpopKey dpop = DpopKey.of(JWSAlgorithm.ES256);

        URI callback = authorize(IdentityServer.browser(), verifier, "allow");
        Map<String, String> answer = query(callback);
        HttpResponse<String> response = exchangeCode(answer.get("code"), verifier, dpop);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode tokens = IdentityServer.json(response);
        String webId = SERVER.baseUrl() + "alice/profile/card#me";
        JWTClaimsSet access = SERVER.verified(tokens.path("access_token").asText());
        JWTClaimsSet id = SERVER.verified(tokens.path("id_token").asText());
        assertAll(
                () -> assertEquals("state-1", answer.get("state")),
                () -> assertEquals(SERVER.baseUrl(), answer.get("iss")),
                () -> assertEquals("DPoP", tokens.path("token_type").asText()),
                () -> assertEquals(webId, access.getStringClaim("webid")),
                () -> assertEquals(clientId, access.getStringClaim("azp")),
                () -> assertTrue(access.getAudience().contains("solid")),
                () -> assertEquals(dpop.thumbprint(), access.getJSONObjectClaim("cnf").get("jkt")),
                () -> assertEquals(webId, id.getStringClaim("webid")),
                () -> assertEquals("nonce-1", id.getStringClaim("nonce")),
                () -> assertTrue(id.getAudience().contains(clientId)),
                () -> assertFalse(tokens.path("refresh_token").asText().isEmpty()));
    }

    @Test
    void aRefreshTokenWorksOnceAndIsReplaced() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        DpopKey dpop = DpopKey.of(JWSAlgorithm.ES256);
        String code = query(authorize(IdentityServer.browser(), verifier, "allow")).get("code");
        String refresh = IdentityServer.json(exchangeCode(code, verifier, dpop)).path("refresh_token").asText();

        HttpResponse<String> first = refresh(refresh, dpop);
        HttpResponse<String> again = refresh(refresh, dpop);

        assertEquals(200, first.statusCode(), first.body());
        String next = IdentityServer.json(first).path("refresh_token").asText();
        assertNotEquals(refresh, next);
        assertEquals(400, again.statusCode());
        assertEquals("invalid_grant", IdentityServer.json(again).path("error").asText());
        assertEquals(400, refresh(next, DpopKey.of(JWSAlgorithm.ES256)).statusCode(), "bound to the DPoP key");
    }

    @Test
    void aWrongPkceVerifierIsRefused() {
        String code = query(authorize(IdentityServer.browser(), new CodeVerifier(), "allow")).get("code");

        HttpResponse<String> response = exchangeCode(code, new CodeVerifier(), DpopKey.of(JWSAlgorithm.RS256));

        assertEquals(400, response.statusCode());
        assertEquals("invalid_grant", IdentityServer.json(response).path("error").asText());
    }

    @Test
    void denyingConsentAnswersTheAppWithAccessDenied() {
        Map<String, String> answer = query(authorize(IdentityServer.browser(), new CodeVerifier(), "deny"));

        assertEquals("access_denied", answer.get("error"));
        assertEquals("state-1", answer.get("state"));
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsAnsweredWithAnError() {
        String url = SERVER.baseUrl() + ".oidc/auth?response_type=code&scope=openid%20webid&client_id="
                + IdentityServer.encode(clientId) + "&redirect_uri=" + IdentityServer.encode(redirectUri);

        HttpResponse<String> response = SERVER.send(HttpRequest.newBuilder(URI.create(url)).build());

        assertEquals(303, response.statusCode());
        assertTrue(location(response).startsWith(redirectUri + "?error=invalid_request"), location(response));
    }

    @Test
    void anUnknownRedirectUriIsShownToThePersonNotFollowed() {
        String url = authorizationUrl(new CodeVerifier()).replace(IdentityServer.encode(redirectUri),
                IdentityServer.encode("https://attacker.example/steal"));

        HttpResponse<String> response = SERVER.send(HttpRequest.newBuilder(URI.create(url)).build());

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("<html lang=\"fr\">"));
    }

    @Test
    void theLoginPageIsFrenchByDefaultAndEnglishOnRequest() {
        HttpResponse<String> french = SERVER.get("/.account/login", "text/html");
        HttpResponse<String> english = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.account/login"))
                .header("Accept-Language", "en-GB,en;q=0.9").build());
        HttpResponse<String> byParameter = SERVER.get("/.account/login?lang=en", "text/html");

        assertAll(
                () -> assertTrue(french.body().contains("<html lang=\"fr\">")),
                () -> assertTrue(french.body().contains("<label for=\"email\">Adresse électronique</label>")),
                () -> assertTrue(english.body().contains("<html lang=\"en\">")),
                () -> assertTrue(english.body().contains("<label for=\"password\">Password</label>")),
                () -> assertTrue(byParameter.body().contains("<h1>Log in</h1>")));
    }

    @Test
    void aWrongPasswordIsTiedToTheFormField() {
        HttpResponse<String> response = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.account/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(IdentityServer.form(Map.of("email", "alice@example.org", "password", "nope!"))).build());

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("aria-invalid=\"true\" aria-describedby=\"email-error\""));
        assertTrue(response.body().contains("id=\"email-error\""));
        assertTrue(response.body().contains("role=\"alert\""));
    }

    /** Drives the browser part: authorization request, login form, consent form; returns the app's callback. */
    private static URI authorize(HttpClient browser, CodeVerifier verifier, String decision) {
        HttpResponse<String> start = IdentityServer.send(browser, HttpRequest.newBuilder(
                URI.create(authorizationUrl(verifier))).build());
        assertEquals(303, start.statusCode(), start.body());
        HttpResponse<String> loginPage = IdentityServer.send(browser, HttpRequest.newBuilder(
                URI.create(location(start))).build());
        assertEquals(200, loginPage.statusCode());
        Map<String, String> login = new LinkedHashMap<>();
        login.put("email", "alice@example.org");
        login.put("password", "alice-password");
        login.put("interaction", field(loginPage.body(), "interaction"));
        HttpResponse<String> loggedIn = IdentityServer.send(browser, HttpRequest.newBuilder(SERVER.uri(
                "/.account/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(IdentityServer.form(login)).build());
        assertEquals(303, loggedIn.statusCode(), loggedIn.body());
        HttpResponse<String> consentPage = IdentityServer.send(browser, HttpRequest.newBuilder(
                URI.create(location(loggedIn))).build());
        assertEquals(200, consentPage.statusCode());
        assertTrue(consentPage.body().contains(APP_NAME), "the consent page names the app");
        Map<String, String> consent = new LinkedHashMap<>();
        consent.put("interaction", field(consentPage.body(), "interaction"));
        consent.put("csrf", field(consentPage.body(), "csrf"));
        consent.put("webId", field(consentPage.body(), "webId"));
        consent.put("decision", decision);
        HttpResponse<String> answered = IdentityServer.send(browser, HttpRequest.newBuilder(SERVER.uri(
                "/.oidc/consent")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(IdentityServer.form(consent)).build());
        assertEquals(303, answered.statusCode(), answered.body());
        assertTrue(location(answered).startsWith(redirectUri + "?"));
        return URI.create(location(answered));
    }

    private static String authorizationUrl(CodeVerifier verifier) {
        String challenge = CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
        return SERVER.baseUrl() + ".oidc/auth?response_type=code&scope=openid%20webid%20offline_access"
                + "&client_id=" + IdentityServer.encode(clientId)
                + "&redirect_uri=" + IdentityServer.encode(redirectUri)
                + "&state=state-1&nonce=nonce-1&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    private static HttpResponse<String> exchangeCode(String code, CodeVerifier verifier, DpopKey dpop) {
        return tokenRequest("grant_type=authorization_code&code=" + IdentityServer.encode(code) + "&redirect_uri="
                + IdentityServer.encode(redirectUri) + "&client_id=" + IdentityServer.encode(clientId)
                + "&code_verifier=" + verifier.getValue(), dpop);
    }

    private static HttpResponse<String> refresh(String token, DpopKey dpop) {
        return tokenRequest("grant_type=refresh_token&refresh_token=" + IdentityServer.encode(token)
                + "&client_id=" + IdentityServer.encode(clientId), dpop);
    }

    private static HttpResponse<String> tokenRequest(String body, DpopKey dpop) {
        URI endpoint = SERVER.tokenEndpoint();
        return SERVER.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("DPoP", dpop.proof("POST", endpoint))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The value of a form field of a page: a hidden input, or the first radio button. */
    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertTrue(matcher.find(), () -> "no field " + name + " in " + html);
        return matcher.group(1).replace("&amp;", "&");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1),
                    StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
