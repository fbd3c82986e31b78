// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidaire.server.auth.AuthFixture.ALICE;
import static org.solidaire.server.auth.AuthFixture.BASE;
import static org.solidaire.server.auth.AuthFixture.CLIENT_EC;
import static org.solidaire.server.auth.AuthFixture.CLIENT_ID;
import static org.solidaire.server.auth.AuthFixture.CLIENT_RSA;
import static org.solidaire.server.auth.AuthFixture.OWN_ISSUER;
import static org.solidaire.server.auth.AuthFixture.REMOTE_KEY;
import static org.solidaire.server.auth.AuthFixture.REMOTE_ROTATED_KEY;
import static org.solidaire.server.auth.AuthFixture.assertRefused;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.net.FetchPolicy;
import org.solidaire.server.net.LoopbackHttpServer;
import org.solidaire.server.net.SafeFetcher;
import org.solidaire.server.problem.ProblemException;

/**
 * Tokens of other issuers and WebIDs hosted elsewhere, served by a loopback server that stands for the issuer and
 * the profile hosts and counts every request.
 */
class RemoteIssuerTest {

    private static final String TURTLE = "text/turtle";
    private static final String METADATA = "/idp/.well-known/openid-configuration";
    private static final String JWKS = "/idp/jwks";

    private final TestClock clock = new TestClock();
    private LoopbackHttpServer server;
    private SafeFetcher fetcher;
    private RequestAuthenticator authenticator;
    private volatile List<JWK> publishedKeys = List.of(REMOTE_KEY.toPublicJWK());
    private String idp;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackHttpServer.start();
        idp = server.base() + "/idp";
        server.route(METADATA, exchange -> LoopbackHttpServer.send(exchange, 200, "application/json",
                ("{\"issuer\": \"" + idp + "\", \"jwks_uri\": \"" + idp + "/jwks\"}").getBytes(UTF_8)));
        server.route(JWKS, exchange -> LoopbackHttpServer.send(exchange, 200, "application/jwk-set+json",
                new JWKSet(publishedKeys).toString().getBytes(UTF_8)));
        server.serve("/bob/card", TURTLE, profileListing(idp));
        fetcher = new SafeFetcher(FetchPolicy.defaults(true));
        TestIdentities identities = new TestIdentities().host(ALICE, OWN_ISSUER).host(BASE + "erin/card#me", idp);
        authenticator = new RequestAuthenticator(AuthOptions.defaults(), fetcher, identities, clock, clock);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    static Stream<Arguments> proofKeys() {
        return Stream.of(Arguments.of("ES256", CLIENT_EC), Arguments.of("RS256", CLIENT_RSA));
    }

    @ParameterizedTest(name = "accepts a {0} proof with a token of a remote issuer for a remote WebID")
    @MethodSource("proofKeys")
    void acceptsATokenOfARemoteIssuerForARemoteWebId(String algorithm, JWK proofKey) {
        String bob = server.base() + "/bob/card#me";

        Credentials credentials = fromIdp().webId(bob).proofKey(proofKey, JWSAlgorithm.parse(algorithm)).build()
                .against(authenticator);

        assertEquals(new Credentials(Optional.of(bob), Optional.of(CLIENT_ID), Optional.of(idp)), credentials);
    }

    @Test
    void acceptsATokenOfARemoteIssuerForAHostedWebIdThatListsIt() {
        Credentials credentials = fromIdp().webId(BASE + "erin/card#me").build().against(authenticator);

        assertAll(
                () -> assertEquals(Optional.of(BASE + "erin/card#me"), credentials.webId()),
                () -> assertEquals(Optional.of(idp), credentials.issuer()));
    }

    @Test
    void acceptsATokenOfTheOwnIssuerForARemoteWebIdWithoutAskingAnyIssuer() {
        server.serve("/frank/card", TURTLE, profileListing(OWN_ISSUER));

        Credentials credentials = DpopRequest.at(clock).webId(server.base() + "/frank/card#me").build()
                .against(authenticator);

        assertAll(
                () -> assertEquals(Optional.of(OWN_ISSUER), credentials.issuer()),
                () -> assertEquals(0, server.hits(METADATA) + server.hits(JWKS)));
    }

    @Test
    void acceptsAJsonLdProfileWithAnInlineContext() {
        server.serve("/carol/card", "application/ld+json", "{\"@context\": {\"solid\": "
                + "\"http://www.w3.org/ns/solid/terms#\"}, \"@id\": \"#me\", \"solid:oidcIssuer\": {\"@id\": \""
                + idp + "\"}}");

        assertTrue(fromIdp().webId(server.base() + "/carol/card#me").build().against(authenticator)
                .isAuthenticated());
    }

    @Test
    void acceptsAProfileThatListsTheIssuerWithATrailingSlash() {
        server.serve("/hugo/card", TURTLE, profileListing(idp + "/"));

        assertTrue(fromIdp().webId(server.base() + "/hugo/card#me").build().against(authenticator)
                .isAuthenticated());
    }

    @Test
    void verifiesTokensOfACachedIssuerAndWebIdWithoutAnyHttpRequest() {
        String bob = server.base() + "/bob/card#me";
        fromIdp().webId(bob).build().against(authenticator);
        server.resetHits();

        for (int i = 0; i < 20; i++) {
            assertTrue(fromIdp().webId(bob).build().against(authenticator).isAuthenticated());
        }

        assertEquals(0, server.hits());
    }

    @Test
    void refusesAnIssuerTheRemoteProfileDoesNotListWithoutAskingTheIssuer() {
        server.serve("/dave/card", TURTLE, profileListing("https://other-idp.example/"));
        DpopRequest request = fromIdp().webId(server.base() + "/dave/card#me");

        assertRefused(() -> request.build().against(authenticator), "invalid_token",
                "does not list " + idp + " as solid:oidcIssuer");
        assertEquals(0, server.hits(METADATA) + server.hits(JWKS));
    }

    @Test
    void refusesAnIssuerWhoseMetadataNamesAnotherIssuer() {
        server.route(METADATA, exchange -> LoopbackHttpServer.send(exchange, 200, "application/json",
                ("{\"issuer\": \"https://impostor.example\", \"jwks_uri\": \"" + idp + "/jwks\"}").getBytes(UTF_8)));
        DpopRequest request = fromIdp().webId(server.base() + "/bob/card#me");

        assertRefused(() -> request.build().against(authenticator), "invalid_token", "names another issuer");
        assertEquals(0, server.hits(JWKS));
    }

    @Test
    void fetchesTheKeysAgainAtMostOnceAMinuteForAnUnknownKey() {
        String bob = server.base() + "/bob/card#me";
        fromIdp().webId(bob).build().against(authenticator);
        clock.advance(Duration.ofMinutes(2));
        DpopRequest rotated = fromIdp().webId(bob).issuer(idp, REMOTE_ROTATED_KEY, JWSAlgorithm.RS256);

        assertRefused(() -> rotated.build().against(authenticator), "invalid_token", "signed by an unknown key");
        assertEquals(2, server.hits(JWKS), "an unknown key fetches the key set again");

        publishedKeys = List.of(REMOTE_KEY.toPublicJWK(), REMOTE_ROTATED_KEY.toPublicJWK());
        assertRefused(() -> freshProof(rotated).against(authenticator), "invalid_token", "unknown key");
        assertEquals(2, server.hits(JWKS), "the key set is not fetched again within a minute");

        clock.advance(Duration.ofSeconds(61));
        assertTrue(freshProof(rotated).against(authenticator).isAuthenticated());
        assertEquals(3, server.hits(JWKS), "a minute later the rotated key is fetched");
    }

    @Test
    void discoversTheIssuerAgainAfterTenMinutes() {
        String bob = server.base() + "/bob/card#me";
        fromIdp().webId(bob).build().against(authenticator);
        clock.advance(Duration.ofMinutes(9));
        fromIdp().webId(bob).build().against(authenticator);
        assertEquals(1, server.hits(METADATA));

        clock.advance(Duration.ofMinutes(2));
        fromIdp().webId(bob).build().against(authenticator);

        assertAll(
                () -> assertEquals(2, server.hits(METADATA)),
                () -> assertEquals(2, server.hits(JWKS)),
                () -> assertEquals(2, server.hits("/bob/card"), "profiles are kept five minutes"));
    }

    @Test
    void refusesAnUnreadableProfileAndRemembersTheFailureForThirtySeconds() {
        DpopRequest request = fromIdp().webId(server.base() + "/ghost/card#me");

        ProblemException problem = assertThrows(ProblemException.class,
                () -> request.build().against(authenticator));
        assertRefused(() -> freshProof(request).against(authenticator), "invalid_token", "could not be fetched");
        assertEquals(1, server.hits("/ghost/card"));
        clock.advance(Duration.ofSeconds(31));
        assertRefused(() -> freshProof(request).against(authenticator), "invalid_token", "could not be fetched");

        assertAll(
                () -> assertEquals(2, server.hits("/ghost/card")),
                // The status as a word of its own: the port in the WebID may hold the digits 404.
                () -> assertFalse(Pattern.compile("\\b404\\b").matcher(problem.detail()).find(),
                        problem.detail()));
    }

    @Test
    void refusesAPlainHttpWebIdOffLoopbackWithoutFetchingIt() {
        DpopRequest request = fromIdp().webId("http://bob.example/card#me");

        assertRefused(() -> request.build().against(authenticator), "invalid_token", "not an https IRI");
        assertEquals(0, server.hits());
    }

    @Test
    void refusesAProfileThatNeedsARemoteJsonLdContextWithoutLoadingIt() {
        server.serve("/gina/card", "application/ld+json", "{\"@context\": \"" + server.base() + "/context\", "
                + "\"@id\": \"#me\", \"oidcIssuer\": \"" + idp + "\"}");
        server.serve("/context", "application/ld+json", "{\"@context\": {\"oidcIssuer\": {\"@id\": "
                + "\"http://www.w3.org/ns/solid/terms#oidcIssuer\", \"@type\": \"@id\"}}}");
        DpopRequest request = fromIdp().webId(server.base() + "/gina/card#me");

        assertRefused(() -> request.build().against(authenticator), "invalid_token", "could not be parsed");
        assertEquals(0, server.hits("/context"));
    }

    @Test
    void refusesATokenOfTheOwnIssuerSignedWithTheRemoteIssuersKey() {
        DpopRequest request = DpopRequest.at(clock).issuer(OWN_ISSUER, REMOTE_KEY, JWSAlgorithm.RS256);

        assertRefused(() -> request.build().against(authenticator), "invalid_token", "unknown key");
        assertEquals(0, server.hits());
    }

    private DpopRequest fromIdp() {
        return DpopRequest.at(clock).issuer(idp, REMOTE_KEY, JWSAlgorithm.RS256);
    }

    /** The same request again with a new proof, since a proof is used once. */
    private DpopRequest.Attempt freshProof(DpopRequest request) {
        return request.jti(UUID.randomUUID().toString()).build();
    }

    private static String profileListing(String issuer) {
        return "@prefix solid: <http://www.w3.org/ns/solid/terms#> .\n<#me> solid:oidcIssuer <" + issuer + "> .\n";
    }
}
