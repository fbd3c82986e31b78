// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccountApiTest {

    @RegisterExtension
    static final IdentityServer SERVER = new IdentityServer();

    @Test
    void signUpCreatesAnAccountWithAPodAndCredentialsObtainTokens() {
        HttpResponse<String> signUp = post("/.account/api/signup", null,
                "{\"email\":\"carol@example.org\",\"password\":\"carol-password\",\"pod\":\"carol\"}");
        assertEquals(201, signUp.statusCode(), signUp.body());
        String token = IdentityServer.json(signUp).path("token").asText();
        JsonNode pod = IdentityServer.json(signUp).path("pods").path(0);
        assertEquals("carol", pod.path("pod").asText(), signUp.body());
        assertTrue(pod.path("created").asBoolean(), signUp.body());

        HttpResponse<String> credentials = post("/.account/api/credentials", token, "{\"name\":\"script\"}");
        assertEquals(201, credentials.statusCode(), credentials.body());
        JsonNode issued = IdentityServer.json(credentials);

        HttpResponse<String> tokens = SERVER.clientCredentials(issued.path("clientId").asText(),
                issued.path("clientSecret").asText(), DpopKey.of(JWSAlgorithm.ES256).proof("POST",
                        SERVER.tokenEndpoint()));
        assertAll(
                () -> assertEquals(SERVER.baseUrl() + "carol/profile/card#me", issued.path("webId").asText()),
                () -> assertEquals(200, tokens.statusCode(), tokens.body()),
                () -> assertEquals(200, SERVER.get("/carol/profile/card", "text/turtle").statusCode()));
    }

    @Test
    void loginPodCreationPasswordChangeAndLogout() {
        HttpResponse<String> login = post("/.account/api/login", null,
                "{\"email\":\"bob@example.org\",\"password\":\"bob-password\"}");
        assertEquals(200, login.statusCode(), login.body());
        String token = IdentityServer.json(login).path("token").asText();

        HttpResponse<String> pod = post("/.account/api/pods", token, "{\"pod\":\"bob-work\"}");
        HttpResponse<String> taken = post("/.account/api/pods", token, "{\"pod\":\"alice\"}");
        HttpResponse<String> wrong = post("/.account/api/password", token,
                "{\"currentPassword\":\"nope\",\"newPassword\":\"another-password\"}");
        HttpResponse<String> account = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.account/api/account"))
                .header("Authorization", "Bearer " + token).build());
        HttpResponse<String> logout = post("/.account/api/logout", token, "");
        HttpResponse<String> after = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.account/api/account"))
                .header("Authorization", "Bearer " + token).build());

        assertAll(
                () -> assertEquals(201, pod.statusCode(), pod.body()),
                () -> assertEquals(409, taken.statusCode()),
                () -> assertEquals("application/problem+json", taken.headers().firstValue("Content-Type")
                        .orElse("")),
                () -> assertEquals(400, wrong.statusCode()),
                () -> assertEquals("currentPassword", IdentityServer.json(wrong).path("field").asText()),
                () -> assertTrue(IdentityServer.json(account).path("webIds").toString().contains("bob-work")),
                () -> assertEquals(204, logout.statusCode()),
                () -> assertEquals(401, after.statusCode()));
    }

    @Test
    void aChangedPasswordIsTheOneThatLogsIn() {
        post("/.account/api/signup", null,
                "{\"email\":\"dan@example.org\",\"password\":\"first-password\",\"pod\":\"dan\"}");
        String token = IdentityServer.json(post("/.account/api/login", null,
                "{\"email\":\"dan@example.org\",\"password\":\"first-password\"}")).path("token").asText();

        HttpResponse<String> change = post("/.account/api/password", token,
                "{\"currentPassword\":\"first-password\",\"newPassword\":\"second-password\"}");

        assertEquals(204, change.statusCode(), change.body());
        assertEquals(401, post("/.account/api/login", null,
                "{\"email\":\"dan@example.org\",\"password\":\"first-password\"}").statusCode());
        assertEquals(200, post("/.account/api/login", null,
                "{\"email\":\"dan@example.org\",\"password\":\"second-password\"}").statusCode());
    }

    @Test
    void dynamicRegistrationGivesAPublicClientAnIdentifier() {
        HttpResponse<String> response = post("/.oidc/reg", null, "{\"client_name\":\"Registered app\","
                + "\"redirect_uris\":[\"https://app.example/callback\"],\"token_endpoint_auth_method\":\"none\"}");

        assertEquals(201, response.statusCode(), response.body());
        JsonNode client = IdentityServer.json(response);
        assertTrue(client.path("client_id").asText().length() > 10);
        assertTrue(client.path("client_secret").isMissingNode());
        assertEquals("https://app.example/callback", client.path("redirect_uris").path(0).asText());
    }

    @Test
    void registrationWithoutRedirectUrisIsRefused() {
        HttpResponse<String> response = post("/.oidc/reg", null, "{\"client_name\":\"No redirect\"}");

        assertEquals(400, response.statusCode());
        assertEquals("invalid_redirect_uri", IdentityServer.json(response).path("error").asText());
    }

    @Test
    void aSignUpWithoutAPodNameSaysThePodNameIsMissing() {
        HttpResponse<String> missing = post("/.account/api/signup", null,
                "{\"email\":\"erin@example.org\",\"password\":\"erin-password\"}");
        HttpResponse<String> blank = post("/.account/api/signup", null,
                "{\"email\":\"erin@example.org\",\"password\":\"erin-password\",\"pod\":\" \"}");

        for (HttpResponse<String> response : List.of(missing, blank)) {
            JsonNode problem = IdentityServer.json(response);
            assertAll(
                    () -> assertEquals(400, response.statusCode()),
                    () -> assertEquals("pod", problem.path("field").asText()),
                    () -> assertEquals("pod.missing", problem.path("code").asText()),
                    () -> assertTrue(problem.path("detail").asText().contains("pod name is needed"), response.body()),
                    () -> assertFalse(response.body().contains("null"), response.body()));
        }
        assertEquals(401, post("/.account/api/login", null,
                "{\"email\":\"erin@example.org\",\"password\":\"erin-password\"}").statusCode());
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("{\"email\": \"a@example.org\",\n \"password\": ", "ends before", 2),
                Arguments.of("{\"email\" \"a@example.org\"}", "not well-formed JSON", 1),
                Arguments.of("{\"email\": [\"a@example.org\"], \"password\": \"x\"}",
                        "the field 'email' must be a string, not an array", 1),
                Arguments.of("[1, 2]", "the body must be an object, not an array", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void aMalformedJsonBodySaysWhatIsWrongAndWhereInPlainWords(String body, String what, int line) {
        HttpResponse<String> response = post("/.account/api/login", null, body);
        JsonNode problem = IdentityServer.json(response);

        assertAll(
                () -> assertEquals(400, response.statusCode()),
                () -> assertTrue(problem.path("detail").asText().contains(what), response.body()),
                () -> assertEquals(line, problem.path("line").asInt(), response.body()),
                () -> assertTrue(problem.path("column").asInt() > 0, response.body()),
                () -> assertFalse(response.body().matches("(?s).*(java\\.|jackson|JsonToken|`).*"), response.body()));
    }

    @Test
    void aLoginSentAsAFormOrPlainTextIsRefusedSoThatNoOtherPageCanForgeIt() {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
            HttpResponse<String> response = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.account/api/login"))
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"alice@example.org\",\"password\":\"x\"}"))
                    .build());

            assertEquals(415, response.statusCode(), type);
        }
    }

    private static HttpResponse<String> post(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVER.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return SERVER.send(request.build());
    }
}
