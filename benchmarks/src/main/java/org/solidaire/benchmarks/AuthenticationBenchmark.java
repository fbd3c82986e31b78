// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.DPoPUtils;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import org.conscrypt.Conscrypt;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.solidaire.server.auth.AuthOptions;
import org.solidaire.server.auth.Credentials;
import org.solidaire.server.auth.LocalIdentities;
import org.solidaire.server.auth.RequestAuthenticator;
import org.solidaire.server.net.FetchPolicy;
import org.solidaire.server.net.SafeFetcher;

/**
 * What authenticating a request costs the server: {@link RequestAuthenticator#authenticate} for a PUT with a
 * DPoP-bound access token of the server's own issuer and a fresh ES256 proof, as an app sends with every request
 * (the proofs are signed before each iteration, a new one for each call, since a proof is used once).
 *
 * <ul>
 *   <li>{@code sameClient}: the client's key and token were seen before, as on every request but a session's first.
 *   </li>
 *   <li>{@code firstRequest}: a new authenticator for each call (making it is part of the figure), so that nothing
 *       about the key or the token is known yet: both are parsed and checked, and both signatures verified.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dsolidaire.log.level=WARN")
@State(Scope.Thread)
public class AuthenticationBenchmark {

    static final String ISSUER = "https://pod.example/";
    static final String WEBID = "https://pod.example/camille/profile/card#me";
    static final URI TARGET = URI.create("https://pod.example/camille/water/2024-03-01.ttl");

    /** More proofs than an iteration of a second can use: a verification takes tens of microseconds. */
    private static final int PROOFS = 60_000;

    private ECKey clientKey;
    private ECDSASigner clientSigner;
    private String authorization;
    private String ath;
    private SafeFetcher fetcher;
    private LocalIdentities identities;
    private RequestAuthenticator authenticator;
    private String[] proofs;
    private int next;

    @Setup(Level.Trial)
    public void keysAndToken() throws JOSEException {
        ECKey issuerKey = new ECKeyGenerator(Curve.P_256).keyID("issuer-1").generate();
        clientKey = new ECKeyGenerator(Curve.P_256).generate();
        clientSigner = new ECDSASigner(clientKey);
        // Signing sixty thousand proofs per iteration with the JDK's own provider would take minutes.
        clientSigner.getJCAContext().setProvider(Conscrypt.newProvider());
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject(WEBID).audience(List.of("solid", "https://app.example/id"))
                .claim("webid", WEBID).claim("client_id", "https://app.example/id")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .jwtID(UUID.randomUUID().toString())
                .claim("cnf", Map.of("jkt", clientKey.computeThumbprint().toString()))
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("at+jwt")).keyID(issuerKey.getKeyID()).build(), claims);
        token.sign(new ECDSASigner(issuerKey));
        String serialized = token.serialize();
        authorization = "DPoP " + serialized;
        ath = DPoPUtils.computeSHA256(new DPoPAccessToken(serialized)).toString();
        JWKSet publicKeys = new JWKSet(issuerKey.toPublicJWK());
        identities = new LocalIdentities() {
            @Override
            public Optional<Set<String>> issuersOf(String webId) {
                return webId.equals(WEBID) ? Optional.of(Set.of(ISSUER)) : Optional.empty();
            }

            @Override
            public Optional<String> ownIssuer() {
                return Optional.of(ISSUER);
            }

            @Override
            public JWKSet ownPublicKeys() {
                return publicKeys;
            }
        };
        fetcher = new SafeFetcher(FetchPolicy.defaults(false));
        authenticator = newAuthenticator();
    }

    @Setup(Level.Iteration)
    public void proofs() throws JOSEException {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(clientKey.toPublicJWK()).build();
        Date now = new Date();
        proofs = new String[PROOFS];
        for (int i = 0; i < PROOFS; i++) {
            SignedJWT proof = new SignedJWT(header, new JWTClaimsSet.Builder()
                    .jwtID(UUID.randomUUID().toString()).claim("htm", "PUT").claim("htu", TARGET.toString())
                    .issueTime(now).claim("ath", ath).build());
            proof.sign(clientSigner);
            proofs[i] = proof.serialize();
        }
        next = 0;
    }

    @TearDown(Level.Trial)
    public void close() {
        fetcher.close();
    }

    @Benchmark
    public Credentials sameClient() {
        return authenticator.authenticate("PUT", TARGET, authorization, proofs[next++]);
    }

    @Benchmark
    public Credentials firstRequest() {
        return newAuthenticator().authenticate("PUT", TARGET, authorization, proofs[next++]);
    }

    private RequestAuthenticator newAuthenticator() {
        return new RequestAuthenticator(AuthOptions.defaults(), fetcher, identities);
    }
}
