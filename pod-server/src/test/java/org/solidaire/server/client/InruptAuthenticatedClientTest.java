// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.inrupt.client.ClientProvider;
import com.inrupt.client.Request;
import com.inrupt.client.Response;
import com.inrupt.client.auth.DPoP;
import com.inrupt.client.auth.Session;
import com.inrupt.client.okhttp.OkHttpService;
import com.inrupt.client.openid.OpenIdConfig;
import com.inrupt.client.openid.OpenIdProvider;
import com.inrupt.client.openid.OpenIdSession;
import com.inrupt.client.openid.TokenRequest;
import com.inrupt.client.openid.TokenResponse;
import com.inrupt.client.solid.ForbiddenException;
import com.inrupt.client.solid.NotFoundException;
import com.inrupt.client.solid.SolidContainer;
import com.inrupt.client.solid.SolidRDFSource;
import com.inrupt.client.solid.SolidResource;
import com.inrupt.client.solid.SolidSyncClient;
import com.inrupt.client.solid.UnauthorizedException;
import com.inrupt.client.spi.RDFFactory;
import com.inrupt.client.vocabulary.LDP;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.rdf.api.Dataset;
import org.apache.commons.rdf.api.IRI;
import org.apache.commons.rdf.api.Literal;
import org.apache.commons.rdf.api.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inrupt's Solid Java client with its OpenID module, logged in to the server's Solid-OIDC provider with client
 * credentials, as a headless app: alice's app reads and writes her private data, bob's app and an app without a
 * session are refused with the client's typed exceptions, and every authenticated request goes out with a DPoP
 * proof.
 *
 * <p>Inrupt's {@code OpenIdSession.ofClientCredentials} presents the ID token of the token response to resource
 * servers, with a DPoP proof when the ID token's {@code cnf.jkt} names its key; the server's answer to the client
 * credentials grant carries such an ID token beside the access token, and a test below logs in that way. The
 * other tests log in through the same module's {@code OpenIdProvider}, with the app's own DPoP key, and give the
 * access token to {@code OpenIdSession.ofIdToken} with that key: the session then sends {@code Authorization: DPoP}
 * with a proof from the key the token's {@code cnf.jkt} names. Its proofs carry {@code htm}, {@code htu},
 * {@code iat} and {@code jti} but no {@code ath}, which the server accepts unless it requires {@code ath}.
 */
class InruptAuthenticatedClientTest {

    @RegisterExtension
    static final SeededServer SERVER = new SeededServer("alice", "bob");

    private static final RDF RDF = RDFFactory.getInstance();
    private static final IRI TITLE = RDF.createIRI("http://purl.org/dc/terms/title");
    private static final Set<String> PROOF_CLAIMS = Set.of("htm", "htu", "iat", "jti");
    private static final String DIARY = "alice/private/diary.ttl";

    private final WireLog wire = new WireLog();

    @BeforeAll
    static void aliceKeepsAPrivateDiary() {
        SERVER.create("alice", DIARY, "text/turtle",
                "<#today> <http://purl.org/dc/terms/title> \"Private thoughts\" .");
    }

    @Test
    void alicesAppReadsHerPrivatePodRootWithADpopBoundAccessToken() {
        AppLogin login = login("alice");
        URI root = SERVER.uri("alice/");

        try (SolidContainer container = client(login.session()).read(root, SolidContainer.class)) {
            assertAll(
                    () -> assertEquals(Optional.of(SERVER.webId("alice")), login.session().getPrincipal()),
                    () -> assertEquals("DPoP", login.token().tokenType),
                    () -> assertTrue(container.getMetadata().getTypes().contains(LDP.BasicContainer),
                            () -> "types " + container.getMetadata().getTypes()),
                    () -> assertTrue(identifiers(container).contains(SERVER.uri("alice/private/")),
                            () -> "members " + identifiers(container)));
        }

        WireLog.Exchange token = wire.exchanges().stream().filter(exchange -> exchange.method().equals("POST"))
                .findFirst().orElseThrow();
        assertAll("on the wire",
                () -> assertEquals(List.of(new Sent("", Set.of(), 401), new Sent("DPoP", PROOF_CLAIMS, 200)),
                        sent(wire.to(root.toString())), "the app retries the 401 with its token"),
                () -> assertEquals(new Sent("Basic", PROOF_CLAIMS, 200), sent(token), "the token request"));
    }

    @Test
    void alicesAppCreatesReadsUpdatesAndDeletesAPrivateRdfSource() {
        SolidSyncClient alice = client(login("alice").session());
        URI note = SERVER.uri("alice/private/app/note.ttl");

        alice.create(new SolidRDFSource(note, titled(note, "First draft")));
        assertEquals(Set.of("First draft"), titles(alice, note), "after creating the note");

        try (SolidRDFSource read = alice.read(note, SolidRDFSource.class)) {
            IRI subject = RDF.createIRI(note.toString());
            read.remove(null, subject, TITLE, null);
            read.add(null, subject, TITLE, RDF.createLiteral("Second draft"));
            alice.update(read);
        }
        assertEquals(Set.of("Second draft"), titles(alice, note), "after updating the note");

        alice.delete(note);
        assertThrows(NotFoundException.class, () -> alice.read(note, SolidRDFSource.class), "after deleting it");
        List<WireLog.Exchange> exchanges = wire.to(note.toString());
        assertTrue(exchanges.stream().filter(exchange -> exchange.status() / 100 == 2)
                .allMatch(exchange -> sent(exchange).equals(new Sent("DPoP", PROOF_CLAIMS, exchange.status()))),
                () -> "each successful exchange with the note carries a DPoP token and proof: " + exchanges);
    }

    @Test
    void bobsAppIsForbiddenAlicesPrivateDiary() {
        SolidSyncClient bob = client(login("bob").session());

        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> bob.read(SERVER.uri(DIARY), SolidRDFSource.class));

        assertAll(
                () -> assertEquals(403, refused.getStatusCode()),
                () -> assertEquals(SERVER.uri(DIARY), refused.getUri()),
                () -> assertEquals(new Sent("DPoP", PROOF_CLAIMS, 403), sent(wire.to(SERVER.url(DIARY)).get(1))));
    }

    @Test
    void anAppWithoutASessionIsUnauthorizedForAlicesPrivateDiaryAndToldToUseDpop() {
        SolidSyncClient anonymous = SolidSyncClient.getClient();

        UnauthorizedException refused = assertThrows(UnauthorizedException.class,
                () -> anonymous.read(SERVER.uri(DIARY), SolidRDFSource.class));

        assertAll(
                () -> assertEquals(401, refused.getStatusCode()),
                () -> assertTrue(refused.getHeaders().firstValue("WWW-Authenticate").orElse("").startsWith("DPoP "),
                        () -> "challenge " + refused.getHeaders().allValues("WWW-Authenticate")));
    }

    @Test
    void alicesAccessTokenSentAsABearerTokenIsRefused() {
        AppLogin login = login("alice");
        Request bearer = Request.newBuilder(SERVER.uri(DIARY))
                .header("Authorization", "Bearer " + login.token().accessToken).GET().build();

        Response<String> response = client(login.session()).send(bearer, Response.BodyHandlers.ofString());

        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void inruptsClientCredentialsSessionReadsAlicesPrivateDiaryWithDpop() {
        Session session = OpenIdSession.ofClientCredentials(SERVER.issuer(), SeededServer.clientId("alice"),
                SeededServer.clientSecret("alice"), "client_secret_basic");

        try (SolidRDFSource diary = client(session).read(SERVER.uri(DIARY), SolidRDFSource.class)) {
            assertEquals(SERVER.uri(DIARY), diary.getIdentifier());
        }
        List<WireLog.Exchange> diary = wire.to(SERVER.url(DIARY));
        assertEquals(new Sent("DPoP", PROOF_CLAIMS, 200), sent(diary.get(diary.size() - 1)));
    }

    /** Logs in as the user's app: client credentials with HTTP Basic and a DPoP proof from the app's own key. */
    private AppLogin login(String user) {
        OpenIdConfig config = new OpenIdConfig();
        config.setProofKeyPairs(Map.of("ES256", ecKeyPair()));
        OpenIdProvider provider = new OpenIdProvider(SERVER.issuer(), DPoP.of(config.getProofKeyPairs()),
                OkHttpService.ofOkHttpClient(wire.client()));
        TokenResponse token = provider.token(TokenRequest.newBuilder().clientSecret(SeededServer.clientSecret(user))
                .authMethod("client_secret_basic").build("client_credentials", SeededServer.clientId(user)))
                .toCompletableFuture().join();
        return new AppLogin(OpenIdSession.ofIdToken(token.accessToken, config), token);
    }

    private SolidSyncClient client(Session session) {
        return SolidSyncClient.getClientBuilder()
                .client(ClientProvider.getClientBuilder().withInstance(OkHttpService.ofOkHttpClient(wire.client()))
                        .build())
                .build().session(session);
    }

    private static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> titles(SolidSyncClient client, URI note) {
        try (SolidRDFSource read = client.read(note, SolidRDFSource.class)) {
            return read.stream(null, RDF.createIRI(note.toString()), TITLE, null).map(quad -> quad.getObject())
                    .filter(Literal.class::isInstance).map(object -> ((Literal) object).getLexicalForm())
                    .collect(Collectors.toSet());
        }
    }

    private static Dataset titled(URI resource, String title) {
        Dataset dataset = RDF.createDataset();
        dataset.add(null, RDF.createIRI(resource.toString()), TITLE, RDF.createLiteral(title));
        return dataset;
    }

    private static Set<URI> identifiers(SolidContainer container) {
        return container.getResources().stream().map(SolidResource::getIdentifier).collect(Collectors.toSet());
    }

    private static List<Sent> sent(List<WireLog.Exchange> exchanges) {
        return exchanges.stream().map(InruptAuthenticatedClientTest::sent).toList();
    }

    private static Sent sent(WireLog.Exchange exchange) {
        return new Sent(exchange.scheme(), exchange.proofClaims(), exchange.status());
    }

    /** A logged-in app: Inrupt's session, and the token response it was made from. */
    private record AppLogin(Session session, TokenResponse token) {
    }

    /** What an exchange carried for authentication, and how the server answered. */
    private record Sent(String scheme, Set<String> proofClaims, int status) {
    }
}
