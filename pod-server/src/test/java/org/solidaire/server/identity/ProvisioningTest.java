// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;

class ProvisioningTest {

    @RegisterExtension
    static final IdentityServer SERVER = new IdentityServer();

    private static final SimpleValueFactory VALUES = SimpleValueFactory.getInstance();

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD"})
    void theProfileCardIsPublicAndListsIssuerStorageInboxSettingsAndTypeIndexes(String accept, String format)
            throws Exception {
        HttpResponse<String> response = SERVER.get("/alice/profile/card", accept);

        assertEquals(200, response.statusCode(), response.body());
        String card = SERVER.baseUrl() + "alice/profile/card";
        Model profile = Rio.parse(new StringReader(response.body()), card,
                "TURTLE".equals(format) ? RDFFormat.TURTLE : RDFFormat.JSONLD);
        IRI me = VALUES.createIRI(card + "#me");
        String pod = SERVER.baseUrl() + "alice/";
        assertAll(
                () -> assertLinks(profile, me, "http://www.w3.org/ns/solid/terms#oidcIssuer", SERVER.baseUrl()),
                () -> assertLinks(profile, me, "http://www.w3.org/ns/pim/space#storage", pod),
                () -> assertLinks(profile, me, "http://www.w3.org/ns/ldp#inbox", pod + "inbox/"),
                () -> assertLinks(profile, me, "http://www.w3.org/ns/pim/space#preferencesFile",
                        pod + "settings/prefs.ttl"),
                () -> assertLinks(profile, me, "http://www.w3.org/ns/solid/terms#publicTypeIndex",
                        pod + "settings/publicTypeIndex.ttl"),
                () -> assertLinks(profile, me, "http://www.w3.org/ns/solid/terms#privateTypeIndex",
                        pod + "settings/privateTypeIndex.ttl"));
    }

    @Test
    void thePublicTypeIndexIsPublicAndTheRestIsPrivate() {
        assertAll(
                () -> assertEquals(200, SERVER.get("/alice/settings/publicTypeIndex.ttl", "text/turtle")
                        .statusCode()),
                () -> assertEquals(401, SERVER.get("/alice/settings/privateTypeIndex.ttl", "text/turtle")
                        .statusCode()),
                () -> assertEquals(401, SERVER.get("/alice/settings/prefs.ttl", "text/turtle").statusCode()),
                () -> assertEquals(401, SERVER.get("/alice/", "text/turtle").statusCode()),
                () -> assertEquals(401, SERVER.get("/alice/inbox/", "text/turtle").statusCode()));
    }

    @Test
    void theRulesAreNotReadableByOthers() {
        assertEquals(401, SERVER.get("/alice/.acl", "text/turtle").statusCode());
    }

    @Test
    void seedingAgainCreatesNothingNew() throws Exception {
        Path accounts = SERVER.dataDir().resolve("identity/accounts.json");
        String before = Files.readString(accounts);

        SERVER.identity().seed(SERVER.seedFile());

        assertEquals(before, Files.readString(accounts));
        assertFalse(SERVER.identity().createPod(PodRequest.of("alice", "alice@example.org", null)).created());
    }

    @Test
    void aPodOfAnotherAccountIsNotGivenAway() {
        HttpResponse<String> response = admin("[{\"pod\":\"alice\",\"email\":\"mallory@example.org\"}]");

        assertEquals(200, response.statusCode());
        assertEquals("failed", IdentityServer.json(response).path("results").path(0).path("status").asText());
    }

    @Test
    void theAdminApiCreatesPodsInBulkIdempotently() {
        String body = "{\"pods\":[{\"pod\":\"citizen1\",\"email\":\"c1@example.org\"},"
                + "{\"pod\":\"citizen2\",\"email\":\"c2@example.org\",\"clientId\":\"import-2\","
                + "\"clientSecret\":\"import-secret\"},{\"pod\":\"Not A Name\",\"email\":\"c3@example.org\"}]}";

        JsonNode first = IdentityServer.json(admin(body));
        JsonNode second = IdentityServer.json(admin(body));

        assertAll(
                () -> assertEquals(2, first.path("created").asInt()),
                () -> assertEquals(1, first.path("failed").asInt()),
                () -> assertEquals("created", first.path("results").path(0).path("status").asText()),
                () -> assertEquals(SERVER.baseUrl() + "citizen1/profile/card#me",
                        first.path("results").path(0).path("webId").asText()),
                () -> assertEquals(0, second.path("created").asInt()),
                () -> assertEquals(2, second.path("existing").asInt()),
                () -> assertEquals(200, SERVER.get("/citizen2/profile/card", "text/turtle").statusCode()),
                () -> assertEquals(200, SERVER.clientCredentials("import-2", "import-secret",
                        DpopKey.of(JWSAlgorithm.ES256).proof("POST", SERVER.tokenEndpoint())).statusCode()));
    }

    @Test
    void theAdminApiNeedsTheAdminSecret() {
        HttpResponse<String> response = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.admin/pods"))
                .header("Authorization", "Bearer wrong").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[]")).build());

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aMalformedListOfPodsSaysWhatIsWrongInPlainWords() {
        HttpResponse<String> broken = admin("[{\"pod\": \"p1\",\n  \"email\" }]");
        HttpResponse<String> wrongKind = admin("[{\"pod\": [\"p1\"], \"email\": \"p1@example.org\"}]");

        assertAll(
                () -> assertEquals(400, broken.statusCode()),
                () -> assertEquals(2, IdentityServer.json(broken).path("line").asInt(), broken.body()),
                () -> assertTrue(broken.body().contains("not well-formed JSON"), broken.body()),
                () -> assertEquals(400, wrongKind.statusCode()),
                () -> assertTrue(wrongKind.body().contains("the field '[0].pod' must be a string, not an array"),
                        wrongKind.body()),
                () -> assertFalse(broken.body().contains("java.") || wrongKind.body().contains("java.")
                        || wrongKind.body().contains("PodRequest") || wrongKind.body().contains("`"),
                        broken.body() + wrongKind.body()));
    }

    @Test
    void anAdminOperationAskedWithAnotherMethodIsNotAllowed() {
        HttpResponse<String> compact = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.admin/compact"))
                .header("Authorization", "Bearer " + IdentityServer.ADMIN_SECRET).GET().build());
        HttpResponse<String> pod = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.admin/pods/anyone"))
                .header("Authorization", "Bearer " + IdentityServer.ADMIN_SECRET)
                .DELETE().build());

        assertAll(
                () -> assertEquals(405, compact.statusCode(), compact.body()),
                () -> assertEquals("POST", compact.headers().firstValue("Allow").orElse("")),
                () -> assertEquals(405, pod.statusCode(), pod.body()),
                () -> assertEquals("GET", pod.headers().firstValue("Allow").orElse("")));
    }

    @Test
    void anEntryWithoutPodOrEmailNamesWhatIsMissing() {
        HttpResponse<String> noEmail = admin("[{\"pod\": \"zed\"}]");
        HttpResponse<String> noPod = admin("[{\"email\": \"zed@example.org\"}]");

        assertAll(
                () -> assertEquals(400, noEmail.statusCode()),
                () -> assertTrue(noEmail.body().contains("'email' (of pod zed) is missing"), noEmail.body()),
                () -> assertEquals(400, noPod.statusCode()),
                () -> assertTrue(noPod.body().contains("'pod' is missing"), noPod.body()));
    }

    @Test
    void provisioningFinishesAnInterruptedPodButNeverTakesOverAnOpenOne() {
        put("/halfway/", "");
        put("/open/", "");
        put("/open/.acl", "<#all> a <http://www.w3.org/ns/auth/acl#Authorization>; "
                + "<http://www.w3.org/ns/auth/acl#agentClass> <http://xmlns.com/foaf/0.1/Agent>; "
                + "<http://www.w3.org/ns/auth/acl#accessTo> <./>; <http://www.w3.org/ns/auth/acl#default> <./>; "
                + "<http://www.w3.org/ns/auth/acl#mode> <http://www.w3.org/ns/auth/acl#Control>.");

        JsonNode answer = IdentityServer.json(admin("""
                [{"pod":"halfway","email":"halfway@example.org","password":"halfway-password"},
                 {"pod":"open","email":"open@example.org","password":"open-password"}]"""));

        assertAll(
                () -> assertEquals("created", answer.path("results").path(0).path("status").asText()),
                () -> assertEquals("failed", answer.path("results").path(1).path("status").asText(),
                        answer.toString()),
                () -> assertTrue(answer.path("results").path(1).path("error").toString().contains("taken"),
                        answer.toString()),
                () -> assertTrue(SERVER.store().info(ResourcePath.parse("/open/profile/card")).isEmpty()));
    }

    @Test
    void theAdminApiCompactsTheStoreAndTheServerKeepsServingIt() throws Exception {
        HttpResponse<String> refused = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.admin/compact"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> response = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.admin/compact"))
                .header("Authorization", "Bearer " + IdentityServer.ADMIN_SECRET)
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(401, refused.statusCode());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode done = IdentityServer.json(response);
        assertTrue(done.path("location").asText().endsWith("Data-0002"), response.body());
        assertTrue(done.path("milliseconds").asLong() >= 0, response.body());
        assertEquals(200, SERVER.get("/alice/profile/card", "text/turtle").statusCode());
    }

    @Test
    void otherPathsAreLeftToTheSolidHandler() {
        assertNotEquals(404, SERVER.get("/alice/profile/card", "text/turtle").statusCode());
        assertEquals(404, SERVER.get("/.oidc/nothing-here", "application/json").statusCode());
    }

    private static void put(String path, String turtle) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(turtle, Lang.TURTLE).base(SERVER.baseUrl() + path.substring(1)).parse(graph);
        SERVER.store().put(ResourcePath.parse(path), new Content.Rdf(graph), Precondition.NONE);
    }

    private static HttpResponse<String> admin(String body) {
        return SERVER.send(HttpRequest.newBuilder(SERVER.uri("/.admin/pods"))
                .header("Authorization", "Bearer " + IdentityServer.ADMIN_SECRET)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static void assertLinks(Model model, IRI subject, String predicate, String object) {
        assertTrue(model.contains(subject, VALUES.createIRI(predicate), VALUES.createIRI(object)),
                () -> subject + " " + predicate + " " + object + " in " + model);
    }
}
