// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidaire.server.auth.AuthFixture.ALICE;
import static org.solidaire.server.auth.AuthFixture.BASE;
import static org.solidaire.server.auth.AuthFixture.CLIENT_ID;
import static org.solidaire.server.auth.AuthFixture.CLIENT_RSA;
import static org.solidaire.server.auth.AuthFixture.OTHER_CLIENT_EC;
import static org.solidaire.server.auth.AuthFixture.OWN_ISSUER;
import static org.solidaire.server.auth.AuthFixture.RESOURCE;
import static org.solidaire.server.auth.AuthFixture.assertRefused;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.auth.DpopRequest.Attempt;
import org.solidaire.server.problem.ProblemException;

/** Tokens of the server's own issuer for WebIDs hosted here: every check, and no network at all. */
class RequestAuthenticatorTest {

    private static final String INVALID_TOKEN = "invalid_token";
    private static final String INVALID_PROOF = "invalid_dpop_proof";

    private static final OctetSequenceKey SHARED_SECRET = sharedSecret();

    /** One variation of a valid request, named for the report. */
    record Variation(String name, UnaryOperator<DpopRequest> change) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** One attack: what it changes, the error code and a part of the detail the refusal must carry. */
    record Attack(String name, UnaryOperator<DpopRequest> change, String error, String detail) {

        @Override
        public String toString() {
            return name;
        }
    }

    private final LocalAuthenticators authenticators = new LocalAuthenticators();
    private final TestClock clock = authenticators.clock();
    private final RequestAuthenticator authenticator = authenticators.with(AuthOptions.defaults());

    @AfterEach
    void stop() {
        authenticators.close();
    }

    static Stream<Variation> validRequests() {
        return Stream.of(
                new Variation("ES256 proof", request -> request),
                new Variation("RS256 proof", request -> request.proofKey(CLIENT_RSA, JWSAlgorithm.RS256)),
                new Variation("PS256 proof", request -> request.proofKey(CLIENT_RSA, JWSAlgorithm.PS256)),
                new Variation("POST request", request -> request.method("POST")),
                new Variation("htu with another query than the request",
                        request -> request.url(RESOURCE + "?version=2").htu(RESOURCE + "?version=1#top")),
                new Variation("htu with upper-case scheme and host and the default port",
                        request -> request.htu("HTTPS://POD.EXAMPLE:443/alice/notes/1")),
                new Variation("htu with a percent-encoded unreserved character",
                        request -> request.htu(BASE + "%61lice/notes/%31")),
                new Variation("proof without ath when ath is not required", DpopRequest::withoutAth),
                new Variation("client named by azp", DpopRequest::clientIdAsAzp),
                new Variation("scheme in lower case", request -> request.scheme("dpop")),
                new Variation("proof 60 s old", request -> request.proofAge(Duration.ofSeconds(60))),
                new Variation("proof 4 s from the future within clock skew",
                        request -> request.proofAge(Duration.ofSeconds(-4))));
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("validRequests")
    void acceptsAValidRequestOfTheServersOwnIssuer(Variation variation) {
        Credentials credentials = variation.change().apply(DpopRequest.at(clock)).build().against(authenticator);

        assertEquals(new Credentials(Optional.of(ALICE), Optional.of(CLIENT_ID), Optional.of(OWN_ISSUER)),
                credentials);
    }

    static Stream<Attack> attacks() {
        return Stream.of(
                new Attack("Bearer instead of DPoP", request -> request.scheme("Bearer"), INVALID_TOKEN,
                        "need the DPoP authorization scheme"),
                new Attack("another authorization scheme", request -> request.scheme("Basic"), INVALID_TOKEN,
                        "Unsupported authorization scheme"),
                new Attack("missing DPoP header", request -> request.dpopHeader(proof -> null), INVALID_PROOF,
                        "Missing DPoP header"),
                new Attack("two DPoP headers", request -> request.dpopHeader(proof -> proof + ", " + proof),
                        INVALID_PROOF, "Exactly one DPoP header"),
                new Attack("DPoP header that is not a JWT", request -> request.dpopHeader(proof -> "garbage"),
                        INVALID_PROOF, "not a well-formed JWT"),
                new Attack("alg none proof", DpopRequest::unsignedProof, INVALID_PROOF, "alg none"),
                new Attack("HS256 proof", request -> request.proofSignedBy(SHARED_SECRET, JWSAlgorithm.HS256),
                        INVALID_PROOF, "alg HS256 is not accepted"),
                new Attack("proof of another type", request -> request.type("JWT"), INVALID_PROOF,
                        "typ must be dpop+jwt"),
                new Attack("proof carrying a private key", DpopRequest::privateJwk, INVALID_PROOF, "jwk"),
                new Attack("proof signed by another key than its jwk",
                        request -> request.proofSignedBy(OTHER_CLIENT_EC, JWSAlgorithm.ES256), INVALID_PROOF,
                        "signature does not verify"),
                new Attack("wrong htm", request -> request.htm("POST"), INVALID_PROOF, "htm does not match"),
                new Attack("wrong htu path", request -> request.htu(BASE + "alice/notes/2"), INVALID_PROOF,
                        "htu does not match"),
                new Attack("htu of another host", request -> request.htu("https://evil.example/alice/notes/1"),
                        INVALID_PROOF, "htu does not match"),
                new Attack("htu with plain http", request -> request.htu("http://pod.example/alice/notes/1"),
                        INVALID_PROOF, "htu does not match"),
                new Attack("expired proof", request -> request.proofAge(Duration.ofSeconds(70)), INVALID_PROOF,
                        "iat is too old"),
                new Attack("proof iat in the future", request -> request.proofAge(Duration.ofSeconds(-30)),
                        INVALID_PROOF, "iat is in the future"),
                new Attack("proof iat too large for a date",
                        request -> request.issuedAtSeconds(new BigInteger("1000000000000000000000000000000")),
                        INVALID_PROOF, "iat is in the future"),
                new Attack("ath mismatch", request -> request.ath("n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg"),
                        INVALID_PROOF, "ath does not match"),
                new Attack("proof from another key than cnf.jkt", request -> request.boundTo(OTHER_CLIENT_EC),
                        INVALID_TOKEN, "another key than the access token's cnf.jkt"),
                new Attack("alg none token", DpopRequest::unsignedToken, INVALID_TOKEN, "alg none"),
                new Attack("token from an issuer the WebID does not list",
                        request -> request.issuer("https://idp.example/", AuthFixture.ecKey("idp-1"),
                                JWSAlgorithm.ES256),
                        INVALID_TOKEN, "does not list https://idp.example/ as solid:oidcIssuer"),
                new Attack("token signed by an unknown key",
                        request -> request.issuer(OWN_ISSUER, AuthFixture.ecKey("unknown-1"), JWSAlgorithm.ES256),
                        INVALID_TOKEN, "signed by an unknown key"),
                new Attack("token forged under the issuer's key identifier",
                        request -> request.tokenSignedBy(AuthFixture.ecKey(null)), INVALID_TOKEN,
                        "signature does not verify with the keys of issuer"),
                new Attack("token for another audience", request -> request.audience("https://rs.example/"),
                        INVALID_TOKEN, "aud does not include solid"),
                new Attack("expired token", request -> request.tokenLifetime(Duration.ofMinutes(-1)), INVALID_TOKEN,
                        "expired"),
                new Attack("token whose webid is not an http IRI", request -> request.webId("urn:uuid:1234"),
                        INVALID_TOKEN, "webid claim is not an http or https IRI"),
                new Attack("hosted WebID without any issuer", request -> request.webId(BASE + "nobody/card#me"),
                        INVALID_TOKEN, "does not list"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("attacks")
    void refusesEachAttackWith401NamingTheCheck(Attack attack) {
        Attempt attempt = attack.change().apply(DpopRequest.at(clock)).build();

        assertRefused(() -> attempt.against(authenticator), attack.error(), attack.detail());
    }

    @ParameterizedTest(name = "refuses {0} after a valid proof with the same key")
    @MethodSource("attacks")
    void refusesEachAttackAfterAValidProofWithTheSameKey(Attack attack) {
        assertTrue(DpopRequest.at(clock).build().against(authenticator).isAuthenticated());
        Attempt attempt = attack.change().apply(DpopRequest.at(clock)).build();

        assertRefused(() -> attempt.against(authenticator), attack.error(), attack.detail());
    }

    @Test
    void refusesAProofWhosePayloadWasChangedAfterSigning() {
        assertTrue(DpopRequest.at(clock).build().against(authenticator).isAuthenticated());
        Attempt forged = DpopRequest.at(clock).dpopHeader(proof -> withPayloadOf(proof,
                DpopRequest.at(clock).method("DELETE").build().dpop())).method("DELETE").build();

        assertRefused(() -> forged.against(authenticator), INVALID_PROOF, "signature does not verify");
    }

    @Test
    void refusesAProofWithAnUnencodedPayload() {
        Attempt attempt = DpopRequest.at(clock).dpopHeader(RequestAuthenticatorTest::withUnencodedPayloadHeader)
                .build();

        assertRefused(() -> attempt.against(authenticator), INVALID_PROOF, "b64 false is not accepted");
    }

    @Test
    void treatsARequestWithoutAuthorizationAsAnonymous() {
        Attempt attempt = DpopRequest.at(clock).build();

        Credentials credentials = authenticator.authenticate("GET", RESOURCE, null, attempt.dpop());

        assertAll(
                () -> assertEquals(Credentials.ANONYMOUS, credentials),
                () -> assertFalse(credentials.isAuthenticated()));
    }

    @Test
    void offersTheDpopChallengeForRequestsWithoutCredentials() {
        assertEquals("DPoP algs=\"ES256 ES384 ES512 PS256 PS384 PS512 RS256 RS384 RS512\"",
                RequestAuthenticator.CHALLENGE);
    }

    @Test
    void describesTheErrorInTheChallengeAsAValidQuotedString() {
        Attempt attempt = DpopRequest.at(clock).htm("POST").build();

        ProblemException problem = assertThrows(ProblemException.class, () -> attempt.against(authenticator));

        assertEquals(RequestAuthenticator.CHALLENGE + ", error=\"invalid_dpop_proof\", error_description=\"DPoP proof "
                + "htm does not match the request method GET (RFC 9449 section 4.3)\"",
                problem.headers().get("WWW-Authenticate"));
    }

    @Test
    void refusesAReplayedProof() {
        Attempt attempt = DpopRequest.at(clock).build();
        assertTrue(attempt.against(authenticator).isAuthenticated());

        assertRefused(() -> attempt.against(authenticator), INVALID_PROOF, "jti was already used");
    }

    @Test
    void refusesAReplayedProofAfterItsWindowAsTooOld() {
        Attempt attempt = DpopRequest.at(clock).build();
        attempt.against(authenticator);
        clock.advance(Duration.ofMinutes(5));

        assertRefused(() -> attempt.against(authenticator), INVALID_PROOF, "iat is too old");
    }

    @Test
    void acceptsTheSameJtiFromTwoClientKeys() {
        Attempt first = DpopRequest.at(clock).jti("same").build();
        Attempt second = DpopRequest.at(clock).jti("same").proofKey(OTHER_CLIENT_EC, JWSAlgorithm.ES256).build();

        assertAll(
                () -> assertTrue(first.against(authenticator).isAuthenticated()),
                () -> assertTrue(second.against(authenticator).isAuthenticated()));
    }

    @Test
    void acceptsAReplayedProofOnlyOnceUnderConcurrency() throws Exception {
        Attempt attempt = DpopRequest.at(clock).build();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            tries.add(() -> accepted(attempt));
        }
        try {
            long accepted = 0;
            for (Future<Boolean> result : threads.invokeAll(tries)) {
                accepted += result.get() ? 1 : 0;
            }

            assertEquals(1, accepted);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refusesAProofWithoutAthWhenAthIsRequired() {
        RequestAuthenticator strict = authenticators.with(AuthOptions.defaults().withRequireAth(true));
        Attempt attempt = DpopRequest.at(clock).withoutAth().build();

        assertRefused(() -> attempt.against(strict), INVALID_PROOF, "has no ath");
    }

    @Test
    void acceptsAProofWithAthWhenAthIsRequired() {
        RequestAuthenticator strict = authenticators.with(AuthOptions.defaults().withRequireAth(true));

        assertTrue(DpopRequest.at(clock).build().against(strict).isAuthenticated());
    }

    @Test
    void refusesATokenOnceItHasExpired() {
        Attempt attempt = DpopRequest.at(clock).tokenLifetime(Duration.ofSeconds(30)).build();
        clock.advance(Duration.ofSeconds(40));

        assertRefused(() -> attempt.against(authenticator), INVALID_TOKEN, "expired");
    }

    /** The proof with the payload of another, keeping its own header and signature. */
    private static String withPayloadOf(String proof, String other) {
        String[] parts = proof.split("\\.");
        return parts[0] + "." + other.split("\\.")[1] + "." + parts[2];
    }

    /** The proof with {@code "b64": false} (RFC 7797) added to its header, its signature left as it was. */
    private static String withUnencodedPayloadHeader(String proof) {
        String[] parts = proof.split("\\.");
        String header = Base64URL.from(parts[0]).decodeToString();
        String changed = header.substring(0, header.lastIndexOf('}')) + ",\"b64\":false,\"crit\":[\"b64\"]}";
        return Base64URL.encode(changed) + "." + parts[1] + "." + parts[2];
    }

    private boolean accepted(Attempt attempt) {
        try {
            return attempt.against(authenticator).isAuthenticated();
        } catch (ProblemException e) {
            return false;
        }
    }


    private static OctetSequenceKey sharedSecret() {
        try {
            return new OctetSequenceKeyGenerator(256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
