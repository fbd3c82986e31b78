// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * An app acting for a user the way Solid clients do: a client-credentials token from the server's OpenID Provider,
 * bound to the app's own key, and a fresh DPoP proof on every request.
 */
public final class SolidAgent {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ECKey key;
    private final DefaultDPoPProofFactory proofs;
    private final String accessToken;
    private final String webId;

    private SolidAgent(ECKey key, String accessToken, String webId) throws JOSEException {
        this.key = key;
        this.proofs = new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256);
        this.accessToken = accessToken;
        this.webId = webId;
    }

    /** Logs in with client credentials at the issuer, discovered from its base URL. */
    public static SolidAgent login(String issuer, String clientId, String clientSecret) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).generate();
            JsonNode configuration = JSON.readTree(send(HttpRequest.newBuilder(
                    URI.create(issuer + ".well-known/openid-configuration")).GET().build()).body());
            URI tokenEndpoint = URI.create(configuration.get("token_endpoint").asText());
            String proof = new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256).createDPoPJWT("POST", tokenEndpoint)
                    .serialize();
            String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(clientSecret))
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Authorization", "Basic " + basic).header("DPoP", proof)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=webid")).build());
            if (token.statusCode() != 200) {
                throw new IllegalStateException("No token for " + clientId + ": " + token.body());
            }
            String accessToken = JSON.readTree(token.body()).get("access_token").asText();
            String webId = com.nimbusds.jwt.SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("webid");
            return new SolidAgent(key, accessToken, webId);
        } catch (JOSEException | java.text.ParseException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A seed file's entry for a user whose pod, email, password and client credentials all derive from the name,
     * so that {@link #loginSeeded} can log in as that user.
     */
    public static String seedEntry(String name) {
        return "{\"pod\":\"" + name + "\",\"email\":\"" + name + "@example.org\",\"password\":\"" + name
                + "-password-1234\",\"clientId\":\"" + name + "-app\",\"clientSecret\":\"" + name + "-secret\"}";
    }

    /** A seed file's content: the {@link #seedEntry} of each name. */
    public static String seedFile(String... names) {
        return java.util.Arrays.stream(names).map(SolidAgent::seedEntry)
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    /** Logs in as a user seeded with {@link #seedEntry}, at the server with the given base URL. */
    public static SolidAgent loginSeeded(String baseUrl, String name) {
        return login(baseUrl, name + "-app", name + "-secret");
    }

    /** The WebID the token was issued for. */
    public String webId() {
        return webId;
    }

    /** A request to the URL with this agent's token and a fresh proof for the method. */
    public HttpRequest.Builder request(String method, URI url, HttpRequest.BodyPublisher body) {
        try {
            // The proof names the URL as sent, with its percent-encodings (RFC 9449 §4.3).
            URI target = new URI(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath());
            String proof = proofs.createDPoPJWT(method, target, new DPoPAccessToken(accessToken)).serialize();
            return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "DPoP " + accessToken).header("DPoP", proof).method(method, body);
        } catch (JOSEException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(URI url) {
        return send(request("GET", url, HttpRequest.BodyPublishers.noBody()).build());
    }

    public HttpResponse<String> put(URI url, String contentType, String body) {
        return send(request("PUT", url, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType).build());
    }

    public HttpResponse<String> patch(URI url, String contentType, String body) {
        return send(request("PATCH", url, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType).build());
    }

    public HttpResponse<String> post(URI url, String contentType, String body) {
        return send(request("POST", url, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType).build());
    }

    public HttpResponse<String> delete(URI url) {
        return send(request("DELETE", url, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The public key of this agent's proofs, for tests that check the binding. */
    public ECKey publicKey() {
        return key.toPublicJWK();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
