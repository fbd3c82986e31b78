// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The protocol and the SPARQL endpoint over a store whose pods are in different shards: each pod's resources,
 * listings, binaries and queries are served from its own shard, and a query sees its own pod only.
 */
class ShardedServerTest {

    private static final int SHARDS = 3;

    @RegisterExtension
    static final TestServer SERVER = TestServer.sharded(SHARDS);

    @Test
    void thePodsAreInDifferentShards() {
        assertNotEquals(Math.floorMod("alice".hashCode(), SHARDS), Math.floorMod("bob".hashCode(), SHARDS));
    }

    @Test
    void eachPodIsReadWrittenListedAndQueriedOnItsOwn() {
        for (String pod : new String[] {"alice", "bob"}) {
            assertEquals(201, SERVER.put(pod + "/water/2024-01", "text/turtle",
                    "<#d1> <http://example.org/ns#litres> 120 ; <http://example.org/ns#pod> \"" + pod + "\" .")
                    .statusCode());
            assertEquals(204, SERVER.patch(pod + "/water/2024-01", "text/n3", """
                    @prefix solid: <http://www.w3.org/ns/solid/terms#>.
                    _:p a solid:InsertDeletePatch; solid:inserts { <#d2> <http://example.org/ns#litres> 80 . }.
                    """).statusCode());
        }

        for (String pod : new String[] {"alice", "bob"}) {
            HttpResponse<String> document = SERVER.get(pod + "/water/2024-01", "text/turtle");
            assertEquals(200, document.statusCode());
            assertTrue(document.body().contains("\"" + pod + "\"") && document.body().contains("80"),
                    document.body());
            HttpResponse<String> listing = SERVER.get(pod + "/water/", "text/turtle");
            assertTrue(listing.body().contains("2024-01"), listing.body());
            String query = "SELECT ?pod WHERE { GRAPH ?g { ?r <http://example.org/ns#pod> ?pod } }";
            HttpResponse<String> answer = SERVER.send(SERVER.request(pod + "/.well-known/sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)).header("Accept", "text/csv").GET().build());
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("pod\r\n" + pod + "\r\n", answer.body());
        }
        assertEquals(204, SERVER.delete("bob/water/2024-01").statusCode());
        assertEquals(404, SERVER.get("bob/water/2024-01", "text/turtle").statusCode());
        assertEquals(200, SERVER.get("alice/water/2024-01", "text/turtle").statusCode());
    }

    @Test
    void aBinaryIsStoredInItsPodsShard() {
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        for (String pod : new String[] {"alice", "bob"}) {
            HttpResponse<String> put = SERVER.send(SERVER.request(pod + "/files/meter.bin")
                    .header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
            assertEquals(201, put.statusCode(), put.body());
            HttpResponse<byte[]> get = SERVER.sendForBytes(SERVER.request(pod + "/files/meter.bin").GET().build());
            assertEquals(200, get.statusCode());
            assertTrue(java.util.Arrays.equals(bytes, get.body()), pod);
        }
    }
}
