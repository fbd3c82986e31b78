// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.ServerOptions;
import org.solidaire.server.SolidAgent;
import org.solidaire.server.SolidServer;

/**
 * Web Access Control over HTTP with real Solid-OIDC logins: for each agent (owner, named agent, group member,
 * authenticated stranger, anonymous, an app's trusted and untrusted origin) and each method, on resources with
 * direct, inherited and far-inherited rules, the status and {@code WAC-Allow} follow the specifications. A rule
 * with {@code acl:origin} restricts requests that carry an {@code Origin} header; dave's rule names the app's
 * origin, so his requests from elsewhere lose it, and those without an origin keep it.
 */
class AuthenticatedAccessTest {

    private static final String APP = "https://app.example";
    private static final AtomicInteger ROWS = new AtomicInteger();

    private static Path dir;
    private static SolidServer server;
    private static Map<String, SolidAgent> agents;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("wac-http");
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, SolidAgent.seedFile("alice", "bob", "carol", "dave", "water"));
        server = SolidServer.start(ServerOptions.loopback(dir.resolve("data")).seedFile(seed).build());
        agents = Map.of("alice", login("alice"), "bob", login("bob"), "carol", login("carol"), "dave", login("dave"),
                "water", login("water"));
        SolidAgent alice = agents.get("alice");
        ok(alice.put(url("alice/groups/team"), "text/turtle",
                "<#team> <http://www.w3.org/2006/vcard/ns#hasMember> <" + webId("carol") + "> ."));
        ok(alice.put(url("alice/shared/"), "text/turtle", ""));
        ok(alice.put(url("alice/shared/.acl"), "text/turtle", """
                @prefix acl: <http://www.w3.org/ns/auth/acl#>.
                <#owner> a acl:Authorization; acl:agent <%s>; acl:accessTo <./>; acl:default <./>;
                    acl:mode acl:Read, acl:Write, acl:Control.
                <#bob> a acl:Authorization; acl:agent <%s>; acl:accessTo <./>; acl:default <./>;
                    acl:mode acl:Read, acl:Write.
                <#team> a acl:Authorization; acl:agentGroup <../groups/team#team>; acl:default <./>;
                    acl:mode acl:Read.
                <#signedIn> a acl:Authorization; acl:agentClass acl:AuthenticatedAgent; acl:default <./>;
                    acl:mode acl:Append.
                <#app> a acl:Authorization; acl:agent <%s>; acl:origin <%s>; acl:default <./>; acl:mode acl:Read.
                """.formatted(webId("alice"), webId("bob"), webId("dave"), APP)));
        ok(alice.put(url("alice/private/x.ttl"), "text/turtle", "<#a> <#b> <#c> ."));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SolidAgent login(String name) {
        return SolidAgent.loginSeeded(server.baseUrl(), name);
    }

    private static String webId(String name) {
        return server.baseUrl() + name + "/profile/card#me";
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static void ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
    }

    /** Sends the method to the target as the named agent (or anonymously), from an origin if given. */
    private static HttpResponse<String> act(String who, String origin, String method, URI target, String type,
            String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder request = who.equals("anonymous")
                ? HttpRequest.newBuilder(target).method(method, publisher)
                : agents.get(who).request(method, target, publisher);
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return SolidAgent.send(request.build());
    }

    @Test
    void anAclNamesAResourceInEitherSpellingOfAnUnreservedCharacter() {
        URI tilde = url("alice/shared/x~y.ttl");
        ok(agents.get("alice").put(tilde, "text/turtle", "<#a> <#b> <#c> ."));
        ok(agents.get("alice").put(url("alice/shared/x~y.ttl.acl"), "text/turtle", """
                @prefix acl: <http://www.w3.org/ns/auth/acl#>.
                <#water> a acl:Authorization; acl:agent <%s>; acl:accessTo <x%%7Ey.ttl>; acl:mode acl:Read.
                """.formatted(webId("water"))));
        assertEquals(200, agents.get("water").get(tilde).statusCode());
        assertEquals(200, agents.get("water").get(url("alice/shared/x%7Ey.ttl")).statusCode());
    }

    @Test
    void aNameWithAnEncodedReservedCharacterCanBeWrittenWithAProofOfTheUrlAsSent() {
        URI semicolon = url("alice/shared/semi%3Bcolon.ttl");
        HttpResponse<String> put = agents.get("alice").put(semicolon, "text/turtle", "<#a> <#b> <#c> .");
        assertEquals(201, put.statusCode(), put.body());
        assertEquals(200, agents.get("alice").get(semicolon).statusCode());
    }

    static Stream<Arguments> matrix() {
        String insert = "INSERT DATA { <#n> <#m> 1 }";
        String delete = "DELETE DATA { <#a> <#b> <#c> }";
        return Stream.of(
                row("alice", null, "GET", "doc", null, null, 200),
                row("bob", null, "GET", "doc", null, null, 200),
                row("bob", null, "GET", "deep", null, null, 200),
                row("carol", null, "GET", "doc", null, null, 200),
                row("dave", null, "GET", "doc", null, null, 200),
                row("dave", null, "GET", "private", null, null, 403),
                row("dave", APP, "GET", "doc", null, null, 200),
                row("dave", "https://evil.example", "GET", "doc", null, null, 403),
                row("anonymous", null, "GET", "doc", null, null, 401),
                row("bob", null, "GET", "private", null, null, 403),
                row("anonymous", null, "GET", "private", null, null, 401),
                row("alice", null, "GET", "private", null, null, 200),
                row("alice", null, "PUT", "doc", "text/turtle", "<#a> <#b> 2 .", 204),
                row("bob", null, "PUT", "doc", "text/turtle", "<#a> <#b> 2 .", 204),
                row("carol", null, "PUT", "doc", "text/turtle", "<#a> <#b> 2 .", 403),
                row("anonymous", null, "PUT", "doc", "text/turtle", "<#a> <#b> 2 .", 401),
                row("dave", null, "PATCH", "doc", "application/sparql-update", insert, 204),
                row("carol", null, "PATCH", "doc", "application/sparql-update", insert, 204),
                row("dave", null, "PATCH", "doc", "application/sparql-update", delete, 403),
                row("bob", null, "PATCH", "doc", "application/sparql-update", delete, 204),
                row("anonymous", null, "PATCH", "doc", "application/sparql-update", insert, 401),
                row("bob", null, "POST", "container", "text/turtle", "<#a> <#b> 3 .", 201),
                row("dave", null, "POST", "container", "text/turtle", "<#a> <#b> 3 .", 403),
                row("bob", null, "DELETE", "doc", null, null, 204),
                row("carol", null, "DELETE", "doc", null, null, 403),
                row("bob", null, "GET", "acl", null, null, 403),
                row("alice", null, "GET", "acl", null, null, 200),
                row("bob", null, "PUT", "new", "text/turtle", "<#a> <#b> 4 .", 201),
                row("dave", null, "PUT", "new", "text/turtle", "<#a> <#b> 4 .", 403));
    }

    private static Arguments row(String who, String origin, String method, String target, String type, String body,
            int status) {
        return Arguments.of(who, origin, method, target, type, body, status);
    }

    @ParameterizedTest(name = "{0} (origin {1}) {2} {3} → {6}")
    @MethodSource("matrix")
    void eachAgentGetsWhatTheRulesGrant(String who, String origin, String method, String target, String type,
            String body, int status) {
        URI uri = target(target);

        HttpResponse<String> response = act(who, origin, method, uri, type, body);

        assertEquals(status, response.statusCode(), () -> who + " " + method + " " + uri + ": " + response.body());
        if (status == 401) {
            assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
        }
    }

    /** A fresh document for each row, so that rows do not depend on one another. */
    private static URI target(String kind) {
        int row = ROWS.incrementAndGet();
        switch (kind) {
            case "doc", "deep" -> {
                String path = kind.equals("doc") ? "alice/shared/doc-" + row : "alice/shared/a/b/c/d/deep-" + row;
                ok(agents.get("alice").put(url(path), "text/turtle", "<#a> <#b> <#c> ."));
                return url(path);
            }
            case "private" -> {
                return url("alice/private/x.ttl");
            }
            case "acl" -> {
                return url("alice/shared/.acl");
            }
            case "container" -> {
                return url("alice/shared/");
            }
            default -> {
                return url("alice/shared/new-" + row);
            }
        }
    }

    @Test
    void theCitysWaterServiceDeliversReadingsAndReadsNothing() {
        SolidAgent alice = agents.get("alice");
        SolidAgent water = agents.get("water");
        ok(alice.put(url("alice/water/2024-06"), "text/turtle", reading("2024-06-01", 317)));
        ok(alice.put(url("alice/water/.acl"), "text/turtle", """
                @prefix acl: <http://www.w3.org/ns/auth/acl#>.
                <#owner> a acl:Authorization; acl:agent <%s>; acl:accessTo <./>; acl:default <./>;
                    acl:mode acl:Read, acl:Write, acl:Control.
                <#delivery> a acl:Authorization; acl:agent <%s>; acl:accessTo <./>; acl:mode acl:Append.
                """.formatted(webId("alice"), webId("water"))));

        HttpResponse<String> delivered = water.post(url("alice/water/"), "text/turtle", reading("2024-06-02", 372));
        String location = delivered.headers().firstValue("Location").orElse("");

        assertAll(
                () -> assertEquals(201, delivered.statusCode(), delivered.body()),
                () -> assertEquals(200, alice.get(URI.create(location)).statusCode()),
                () -> assertEquals(403, water.get(URI.create(location)).statusCode()),
                () -> assertEquals(403, water.get(url("alice/water/")).statusCode()),
                () -> assertEquals(403, water.get(url("alice/water/2024-06")).statusCode()),
                () -> assertEquals(403, water.put(url("alice/water/2024-06"), "text/turtle",
                        reading("2024-06-01", 0)).statusCode()),
                () -> assertEquals(403, water.get(url("alice/private/x.ttl")).statusCode()),
                () -> assertEquals(403, water.get(url("alice/shared/")).statusCode()));
    }

    /** A daily water reading as the city returns it, valid against the shape of the water container. */
    private static String reading(String day, int litres) {
        return """
                @prefix cdv: <https://w3id.org/cdv#> . @prefix sosa: <http://www.w3.org/ns/sosa/> .
                @prefix qudt: <http://qudt.org/schema/qudt/> . @prefix unit: <http://qudt.org/vocab/unit/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <#%1$s> a cdv:WaterConsumptionObservation ;
                    sosa:hasFeatureOfInterest <../contracts/water#point> ;
                    sosa:madeBySensor <../contracts/water#meter> ;
                    sosa:observedProperty cdv:WaterConsumption ; cdv:underContract <../contracts/water#contract> ;
                    cdv:periodStart "%1$sT00:00:00+02:00"^^xsd:dateTime ;
                    cdv:periodEnd "%1$sT23:59:59+02:00"^^xsd:dateTime ;
                    sosa:resultTime "%1$sT23:59:59+02:00"^^xsd:dateTime ;
                    cdv:granularity cdv:Daily ; cdv:readingMethod cdv:ActualReading ;
                    sosa:hasResult [ a qudt:QuantityValue ; qudt:numericValue %2$d.0 ; qudt:hasUnit unit:L ] .
                """.formatted(day, litres);
    }

    @Test
    void anAgentWithoutReadLearnsNothingFromARefusedWrite() {
        SolidAgent alice = agents.get("alice");
        ok(alice.put(url("alice/dropbox/full/item"), "text/turtle", "<#a> <#b> <#c> ."));
        ok(alice.put(url("alice/dropbox/.acl"), "text/turtle", """
                @prefix acl: <http://www.w3.org/ns/auth/acl#>.
                <#owner> a acl:Authorization; acl:agent <%s>; acl:accessTo <./>; acl:default <./>;
                    acl:mode acl:Read, acl:Write, acl:Control.
                <#dave> a acl:Authorization; acl:agent <%s>; acl:accessTo <./>; acl:default <./>;
                    acl:mode acl:Write.
                """.formatted(webId("alice"), webId("dave"))));

        HttpResponse<String> missing = act("dave", null, "DELETE", url("alice/dropbox/missing"), null, null);
        HttpResponse<String> nonEmpty = act("dave", null, "DELETE", url("alice/dropbox/full/"), null, null);
        HttpResponse<String> anonymous = act("anonymous", null, "DELETE", url("alice/dropbox/missing"), null, null);
        HttpResponse<String> created = act("dave", null, "PUT", url("alice/dropbox/note"), "text/plain", "hi");
        ok(alice.put(url("alice/dropbox/empty/"), "text/turtle", ""));
        HttpResponse<String> empty = act("dave", null, "DELETE", url("alice/dropbox/empty/"), null, null);

        assertAll(
                () -> assertEquals(403, missing.statusCode(), missing.body()),
                () -> assertEquals(403, nonEmpty.statusCode(), nonEmpty.body()),
                () -> assertEquals(401, anonymous.statusCode(), anonymous.body()),
                () -> assertEquals(201, created.statusCode(), created.body()),
                () -> assertEquals(403, empty.statusCode(), empty.body()),
                () -> assertEquals(404, alice.delete(url("alice/dropbox/missing")).statusCode()),
                () -> assertEquals(409, alice.delete(url("alice/dropbox/full/")).statusCode()));
    }

    @Test
    void aRefusalOnAnAclSaysControlOfItsResourceIsWhatIsMissing() {
        String acl = server.baseUrl() + "alice/shared/.acl";
        String needed = "Control access to " + server.baseUrl() + "alice/shared/, whose ACL is " + acl;

        HttpResponse<String> read = act("bob", null, "GET", URI.create(acl), null, null);
        HttpResponse<String> write = act("bob", null, "PUT", URI.create(acl), "text/turtle", "");
        HttpResponse<String> anonymous = act("anonymous", null, "GET", URI.create(acl), null, null);

        assertAll(
                () -> assertEquals(403, read.statusCode(), read.body()),
                () -> assertTrue(read.body().contains(needed), read.body()),
                () -> assertTrue(write.body().contains(needed), write.body()),
                () -> assertEquals(401, anonymous.statusCode(), anonymous.body()),
                () -> assertTrue(anonymous.body().contains(needed), anonymous.body()));
    }

    @Test
    void wacAllowTellsEachAgentItsModesAndThePublics() {
        URI doc = target("doc");

        String bob = act("bob", null, "GET", doc, null, null).headers().firstValue("WAC-Allow").orElseThrow();
        String anonymous = act("anonymous", null, "HEAD", url("alice/profile/card"), null, null).headers()
                .firstValue("WAC-Allow").orElseThrow();
        String owner = act("alice", null, "GET", doc, null, null).headers().firstValue("WAC-Allow").orElseThrow();

        assertAll(
                () -> assertEquals("user=\"read append write\",public=\"\"", bob),
                () -> assertEquals("user=\"read append write control\",public=\"\"", owner),
                () -> assertTrue(anonymous.contains("public=\"read\""), anonymous));
    }

    @Test
    void aTamperedTokenIsRefusedWith401NotTreatedAsAnonymous() {
        HttpRequest request = agents.get("bob").request("GET", url("alice/profile/card"),
                HttpRequest.BodyPublishers.noBody()).setHeader("DPoP", "not-a-proof").build();

        HttpResponse<String> response = SolidAgent.send(request);

        assertEquals(401, response.statusCode(), response.body());
    }
}
