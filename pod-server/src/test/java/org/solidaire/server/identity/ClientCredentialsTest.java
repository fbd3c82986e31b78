// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClientCredentialsTest {

    @RegisterExtension
    static final IdentityServer SERVER = new IdentityServer();

    static Stream<JWSAlgorithm> proofAlgorithms() {
        return Stream.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    }

    @Test
    void discoveryNamesTheBaseUrlAsIssuerAndTheEndpoints() {
        JsonNode metadata = discovery();

        assertAll(
                () -> assertEquals(SERVER.baseUrl(), metadata.path("issuer").asText()),
                () -> assertEquals(SERVER.baseUrl() + ".oidc/token", metadata.path("token_endpoint").asText()),
                () -> assertTrue(metadata.path("grant_types_supported").toString().contains("client_credentials")),
                () -> assertTrue(metadata.path("scopes_supported").toString().contains("webid")),
                () -> assertTrue(metadata.path("code_challenge_methods_supported").toString().contains("S256")),
                () -> assertTrue(metadata.path("dpop_signing_alg_values_supported").toString().contains("ES256")),
                () -> assertEquals("https://solidproject.org/TR/solid-oidc",
                        metadata.path("solid_oidc_supported").asText()));
    }

    @Test
    void jwksPublishesPublicEs256AndRs256Keys() throws Exception {
        JWKSet keys = jwks();

        Set<String> algorithms = keys.getKeys().stream().map(k -> k.getAlgorithm().getName())
                .collect(Collectors.toSet());
        assertEquals(Set.of("ES256", "RS256"), algorithms);
        assertTrue(keys.getKeys().stream().noneMatch(JWK::isPrivate), "no private key is published");
    }

    @ParameterizedTest
    @MethodSource("proofAlgorithms")
    void clientCredentialsWithDpopYieldABoundAccessTokenForTheWebId(JWSAlgorithm algorithm) throws Exception {
        DpopKey dpop = DpopKey.of(algorithm);

        HttpResponse<String> response = tokenRequest("alice-client", "alice-secret", dpop);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = IdentityServer.json(response);
        assertEquals("DPoP", body.path("token_type").asText());
        assertTrue(body.path("expires_in").asLong() > 0);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JWTClaimsSet claims = verified(body.path("access_token").asText());
        String webId = SERVER.baseUrl() + "alice/profile/card#me";
        assertAll(
                () -> assertTrue(claims.getAudience().contains("solid")),
                () -> assertTrue(claims.getAudience().contains("alice-client")),
                () -> assertEquals(webId, claims.getStringClaim("webid")),
                () -> assertEquals(webId, claims.getSubject()),
                () -> assertEquals(SERVER.baseUrl(), claims.getIssuer()),
                () -> assertEquals("alice-client", claims.getStringClaim("client_id")),
                () -> assertEquals("alice-client", claims.getStringClaim("azp")),
                () -> assertTrue(claims.getExpirationTime().after(new Date())),
                () -> assertEquals(dpop.thumbprint(), claims.getJSONObjectClaim("cnf").get("jkt")));
    }

    @Test
    void basicAuthenticationTakesUrlEncodedIdAndSecret() {
        HttpResponse<String> response = tokenRequest("bob:client/1", "s3cr%t:&+=", DpopKey.of(JWSAlgorithm.ES256));

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aTokenRequestWithoutDpopProofIsRefused() {
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint())
                .header("Authorization", basic("alice-client", "alice-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=webid")).build();

        HttpResponse<String> response = SERVER.send(request);

        assertEquals(400, response.statusCode());
        assertEquals("invalid_dpop_proof", IdentityServer.json(response).path("error").asText());
    }

    @Test
    void aWrongSecretIsRefusedAsInvalidClient() {
        HttpResponse<String> response = tokenRequest("alice-client", "wrong", DpopKey.of(JWSAlgorithm.ES256));

        assertEquals(401, response.statusCode());
        assertEquals("invalid_client", IdentityServer.json(response).path("error").asText());
        assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void anUnknownClientIsRefusedAsInvalidClient() {
        HttpResponse<String> response = tokenRequest("nobody", "alice-secret", DpopKey.of(JWSAlgorithm.ES256));

        assertEquals(401, response.statusCode());
    }

    @Test
    void aReplayedDpopProofIsRefused() {
        DpopKey dpop = DpopKey.of(JWSAlgorithm.ES256);
        String proof = dpop.proof("POST", tokenEndpoint());

        assertEquals(200, tokenRequest("alice-client", "alice-secret", proof).statusCode());
        HttpResponse<String> replay = tokenRequest("alice-client", "alice-secret", proof);

        assertEquals(400, replay.statusCode());
        assertEquals("invalid_dpop_proof", IdentityServer.json(replay).path("error").asText());
    }

    @Test
    void aDpopProofForAnotherUrlIsRefused() {
        String proof = DpopKey.of(JWSAlgorithm.ES256).proof("POST", SERVER.uri("/elsewhere"));

        assertEquals(400, tokenRequest("alice-client", "alice-secret", proof).statusCode());
    }

    @Test
    void theWebIdOfTheTokenIsReadableWithoutLoginAsTurtle() {
        HttpResponse<String> response = SERVER.get("/alice/profile/card", "text/turtle");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("oidcIssuer"), response.body());
    }

    private static HttpResponse<String> tokenRequest(String clientId, String secret, DpopKey dpop) {
        return SERVER.clientCredentials(clientId, secret, dpop.proof("POST", SERVER.tokenEndpoint()));
    }

    private static HttpResponse<String> tokenRequest(String clientId, String secret, String proof) {
        return SERVER.clientCredentials(clientId, secret, proof);
    }

    private static URI tokenEndpoint() {
        return SERVER.tokenEndpoint();
    }

    private static JsonNode discovery() {
        return SERVER.discovery();
    }

    private static JWKSet jwks() throws Exception {
        return SERVER.jwks();
    }

    private static JWTClaimsSet verified(String token) throws Exception {
        return SERVER.verified(token);
    }

    private static String basic(String clientId, String secret) {
        return IdentityServer.basic(clientId, secret);
    }
}
