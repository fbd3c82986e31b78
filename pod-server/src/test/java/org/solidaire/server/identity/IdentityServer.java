// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.solidaire.server.http.SolidHandler;
import org.solidaire.server.net.FetchPolicy;
import org.solidaire.server.net.SafeFetcher;
import org.solidaire.server.store.tdb2.Tdb2Store;

/**
 * A real server on a free loopback port: the identity handler before the Solid handler, over a fresh embedded
 * store, seeded with alice and bob and their client credentials. Register with
 * {@code @RegisterExtension static IdentityServer server = new IdentityServer();}.
 */
final class IdentityServer implements BeforeAllCallback, AfterAllCallback {

    static final String ADMIN_SECRET = "the-admin-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    private Path dataDir;
    private Server jetty;
    private Tdb2Store store;
    private SafeFetcher fetcher;
    private IdentityService identity;
    private String baseUrl;
    private Path seedFile;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("solidaire-identity");
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        connector.open();
        baseUrl = "http://localhost:" + connector.getLocalPort() + "/";
        store = Tdb2Store.open(dataDir.resolve("store"), baseUrl);
        fetcher = new SafeFetcher(FetchPolicy.defaults(true));
        identity = IdentityService.open(IdentityOptions.defaults(baseUrl, dataDir).withAdminSecret(ADMIN_SECRET),
                store, fetcher);
        seedFile = dataDir.resolve("seed.json");
        Files.writeString(seedFile, """
                [{"pod":"alice","email":"alice@example.org","password":"alice-password","name":"Alice",
                  "clientId":"alice-client","clientSecret":"alice-secret"},
                 {"pod":"bob","email":"bob@example.org","password":"bob-password",
                  "clientId":"bob:client/1","clientSecret":"s3cr%t:&+="}]
                """);
        identity.seed(seedFile);
        jetty.setHandler(new Handler.Sequence(identity.handler(), new SolidHandler(store, baseUrl, 1 << 20)));
        jetty.start();
    }

    /** The store under the server, to set up what no request could. */
    Tdb2Store store() {
        return store;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        jetty.stop();
        identity.close();
        fetcher.close();
        store.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    IdentityService identity() {
        return identity;
    }

    Path dataDir() {
        return dataDir;
    }

    Path seedFile() {
        return seedFile;
    }

    URI uri(String path) {
        return URI.create(baseUrl + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** A client that keeps cookies, as a browser does, and never follows redirects by itself. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(browser(), request);
    }

    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An {@code application/x-www-form-urlencoded} body. */
    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A client credentials token request with HTTP Basic authentication and a DPoP proof. */
    HttpResponse<String> clientCredentials(String clientId, String secret, String proof) {
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenEndpoint())
                .header("Authorization", basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=webid"));
        if (proof != null) {
            request.header("DPoP", proof);
        }
        return send(request.build());
    }

    /** RFC 6749 §2.3.1: id and secret are form-URL-encoded before Basic encoding. */
    static String basic(String clientId, String secret) {
        String pair = encode(clientId) + ":" + encode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    URI tokenEndpoint() {
        return URI.create(discovery().path("token_endpoint").asText());
    }

    JsonNode discovery() {
        HttpResponse<String> response = get("/.well-known/openid-configuration", "application/json");
        assertEquals(200, response.statusCode());
        return json(response);
    }

    JWKSet jwks() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(discovery().path("jwks_uri").asText())).build());
        assertEquals(200, response.statusCode());
        return JWKSet.parse(response.body());
    }

    /** The claims of a token whose signature checks with one of the published keys. */
    JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWK key = jwks().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertNotNull(key, "the token's key is published");
        boolean valid = key instanceof ECKey ec ? jwt.verify(new ECDSAVerifier(ec))
                : jwt.verify(new RSASSAVerifier((RSAKey) key));
        assertTrue(valid, "the signature checks");
        return jwt.getJWTClaimsSet();
    }
}
