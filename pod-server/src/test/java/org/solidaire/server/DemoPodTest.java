// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.shapes.DataType;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.SOLID;

/**
 * The demo pod holds the Lyon persona's data in the container of each data type, every document valid against
 * its container's shape, the containers registered in the private type index, and nothing public but the profile.
 */
class DemoPodTest {

    private static SolidServer server;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("demo");
        server = SolidServer.start(ServerOptions.loopback(dir).demo(true).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(server.baseUrl() + path);
    }

    @ParameterizedTest
    @EnumSource(DataType.class)
    void eachDataTypeHasAConstrainedRegisteredContainerOfValidDocuments(DataType type) {
        ResourcePath container = ResourcePath.parse("/demo/" + type.container());
        Graph description = server.store().graph(container.auxiliary(ResourcePath.META_SUFFIX));
        Graph index = server.store().graph(ResourcePath.parse("/demo/settings/privateTypeIndex.ttl"));

        assertAll(
                () -> assertTrue(description.contains(iri("demo/" + type.container()), LDP.constrainedBy,
                        type.shape()), description::toString),
                () -> assertTrue(index.contains(Node.ANY, SOLID.forClass, type.targetClass())),
                () -> assertTrue(index.contains(Node.ANY, SOLID.instanceContainer, iri("demo/" + type.container()))));
        for (ResourceInfo member : server.store().members(container)) {
            Graph document = server.store().graph(member.path());
            assertTrue(ShapeValidator.standard().validate(document, Locale.ENGLISH).accepted(), member::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"water/2024-06", "water/2025-06", "electricity/2024-2025", "gas/2024-2025",
        "heating/2024-2025", "trips/2025-w10", "subscriptions/2025", "housing/dwelling", "consents/water-watch",
        "contracts/water"})
    void thePersonasDocumentsArePrivate(String document) {
        var response = SolidAgent.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "demo/" + document))
                .GET().build());

        assertEquals(401, response.statusCode());
        assertTrue(server.store().info(ResourcePath.parse("/demo/" + document)).isPresent(), document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"profile/card"})
    void theProfileIsPublicAndNamesThePersona(String document) {
        var response = SolidAgent.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "demo/" + document))
                .header("Accept", "application/n-triples").GET().build());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"Camille Martin\"@fr"), response.body());
        assertEquals(1, response.body().lines().filter(line -> line.contains("<http://xmlns.com/foaf/0.1/name>"))
                .count(), "one name, the persona's: " + response.body());
        assertTrue(response.body().contains("http://www.w3.org/ns/solid/terms#oidcIssuer"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"water/2024-06"})
    void referencesFollowTheDocumentsThatMoved(String document) {
        Graph readings = server.store().graph(ResourcePath.parse("/demo/" + document));

        assertTrue(readings.contains(Node.ANY, Node.ANY, iri("demo/contracts/water#contract")), readings::toString);
    }
}
