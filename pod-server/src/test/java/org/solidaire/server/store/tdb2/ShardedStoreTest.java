// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidaire.server.store.Change;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.StoreFixtures;

/**
 * Pods spread over shards: each pod whole in one shard, found again after a restart, the number of shards fixed
 * when the data directory is made, and writes to different shards applied side by side.
 */
class ShardedStoreTest {

    private static final String BASE = "http://localhost:1/";
    private static final Node VALUE = NodeFactory.createURI("http://example.org/value");
    private static final List<String> PODS = List.of("alice", "bob", "carol", "dan", "erin", "frank", "grace");

    private Path dir;
    private ShardedStore store;

    @BeforeEach
    void open() throws IOException {
        dir = Files.createTempDirectory("shards");
        store = ShardedStore.open(dir, BASE, OptionalInt.of(3));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachPodIsWholeInOneShardAndFoundAgainAfterARestart() throws IOException {
        for (String pod : PODS) {
            writePod(pod);
        }
        store.close();
        Set<Integer> used = new HashSet<>();
        for (String pod : PODS) {
            List<Integer> holding = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                try (Tdb2Store shard = Tdb2Store.open(ShardedStore.shardDir(dir, k), BASE)) {
                    if (shard.info(ResourcePath.parse("/" + pod + "/notes/doc")).isPresent()) {
                        holding.add(k);
                    }
                }
            }
            assertEquals(1, holding.size(), pod + " is in shards " + holding);
            used.addAll(holding);
        }

        store = ShardedStore.open(dir, BASE, OptionalInt.empty());

        assertEquals(3, store.shardCount());
        assertTrue(used.size() > 1, "seven pods should not all fall in one of three shards: " + used);
        for (String pod : PODS) {
            ResourcePath doc = ResourcePath.parse("/" + pod + "/notes/doc");
            assertEquals(Set.of(literal(pod)), objects(store.graph(doc)), pod);
            assertEquals(List.of(ResourcePath.parse("/" + pod + "/notes/")),
                    store.members(ResourcePath.parse("/" + pod + "/")).stream().map(ResourceInfo::path).toList());
            assertEquals(List.of("doc"), store.read(doc, dataset -> {
                List<String> found = new ArrayList<>();
                dataset.find(NodeFactory.createURI(doc.iri(BASE)), Node.ANY, VALUE, literal(pod))
                        .forEachRemaining(quad -> found.add("doc"));
                return found;
            }), pod);
        }
    }

    @Test
    void aBinaryStagedInTheFirstShardIsKeptInItsPodsShard() throws IOException {
        String pod = PODS.stream().filter(name -> shardIndex(name) != 0).findFirst().orElseThrow();
        ResourcePath file = ResourcePath.parse("/" + pod + "/files/data.bin");
        store.put(ResourcePath.parse("/" + pod + "/"), new Content.Rdf(GraphFactory.createGraphMem()),
                Precondition.NONE);
        byte[] bytes = "relevé\n".getBytes(StandardCharsets.UTF_8);

        store.put(file, StoreFixtures.binary(store, bytes), Precondition.NONE);
        store.close();
        store = ShardedStore.open(dir, BASE, OptionalInt.empty());

        assertArrayEquals(bytes, StoreFixtures.read(store, file));
    }

    @Test
    void writesToPodsOfEveryShardGoOnSideBySide() throws Exception {
        Set<ResourcePath> changed = ConcurrentHashMap.newKeySet();
        store.onChange(change -> {
            if (change.type() == Change.Type.CREATED) {
                changed.add(change.path());
            }
        });
        for (String pod : PODS) {
            store.put(ResourcePath.parse("/" + pod + "/"), new Content.Rdf(GraphFactory.createGraphMem()),
                    Precondition.NONE);
        }
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        Set<ResourcePath> written = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            for (String pod : PODS) {
                ResourcePath doc = ResourcePath.parse("/" + pod + "/log/" + i);
                written.add(doc);
                writes.add(writers.submit(() -> store.put(doc, new Content.Rdf(valued(doc.toString())),
                        Precondition.NONE)));
            }
        }
        for (Future<?> write : writes) {
            write.get();
        }
        writers.shutdown();

        for (ResourcePath doc : written) {
            assertEquals(Set.of(literal(doc.toString())), objects(store.graph(doc)), doc.toString());
        }
        assertTrue(changed.containsAll(written), "every write is published to the listeners once committed");
        for (String pod : PODS) {
            assertEquals(40, store.members(ResourcePath.parse("/" + pod + "/log/")).size(), pod);
        }
    }

    @Test
    void compactionCompactsEveryShardAndKeepsEveryPod() throws IOException {
        for (String pod : PODS) {
            writePod(pod);
            for (int version = 0; version < 20; version++) {
                store.put(ResourcePath.parse("/" + pod + "/notes/doc"), new Content.Rdf(valued(pod + version)),
                        Precondition.NONE);
            }
        }

        String locations = store.compact().location();
        store.close();
        store = ShardedStore.open(dir, BASE, OptionalInt.empty());

        assertEquals(3, locations.split(", ").length, locations);
        for (int k = 0; k < 3; k++) {
            assertTrue(locations.contains(ShardedStore.shardDir(dir, k).resolve("tdb2").toString()), locations);
        }
        for (String pod : PODS) {
            assertEquals(Set.of(literal(pod + 19)), objects(store.graph(ResourcePath.parse("/" + pod + "/notes/doc"))),
                    pod);
        }
    }

    @Test
    void anotherNumberOfShardsIsRefusedForAnExistingDirectory() throws IOException {
        store.close();

        IOException refused = assertThrows(IOException.class, () -> ShardedStore.open(dir, BASE, OptionalInt.of(2)));

        assertTrue(refused.getMessage().contains("--store-shards 3"), refused.getMessage());
        store = ShardedStore.open(dir, BASE, OptionalInt.of(3));
    }

    @Test
    void aDirectoryMadeByOneStoreOpensAsOneShard() throws IOException {
        Path single = Files.createTempDirectory("single");
        try (Tdb2Store old = Tdb2Store.open(single, BASE)) {
            old.put(ResourcePath.parse("/alice/"), new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
            old.put(ResourcePath.parse("/alice/doc"), new Content.Rdf(valued("kept")), Precondition.NONE);
        }

        assertThrows(IOException.class, () -> ShardedStore.open(single, BASE, OptionalInt.of(2)));
        try (ShardedStore reopened = ShardedStore.open(single, BASE, OptionalInt.empty())) {
            assertEquals(1, reopened.shardCount());
            assertEquals(Set.of(literal("kept")), objects(reopened.graph(ResourcePath.parse("/alice/doc"))));
        }
    }

    @Test
    void aCreationCutShortIsMadeAgainLeavingTheRestOfTheDirectoryAlone() throws IOException {
        Path made = Files.createTempDirectory("cut-short");
        ShardedStore.open(made, BASE, OptionalInt.of(3)).close();
        // As a crash while the shards were made leaves it: the marker, and a database whose blocks are zeros.
        Files.delete(made.resolve(ShardedStore.SHARDS_FILE));
        Files.writeString(made.resolve(ShardedStore.CREATING_FILE), "3\n");
        try (Stream<Path> files = Files.list(ShardedStore.shardDir(made, 1).resolve("tdb2/Data-0001"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".idn")).toList()) {
                Files.write(file, new byte[(int) Files.size(file)]);
            }
        }
        Files.writeString(made.resolve("notes.txt"), "mine");

        try (ShardedStore again = ShardedStore.open(made, BASE, OptionalInt.empty())) {
            assertEquals(3, again.shardCount());
            again.put(ResourcePath.parse("/alice/"), new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
            again.put(ResourcePath.parse("/alice/doc"), new Content.Rdf(valued("kept")), Precondition.NONE);
        }
        try (ShardedStore reopened = ShardedStore.open(made, BASE, OptionalInt.empty())) {
            assertAll(
                    () -> assertEquals(Set.of(literal("kept")),
                            objects(reopened.graph(ResourcePath.parse("/alice/doc")))),
                    () -> assertEquals("3", Files.readString(made.resolve(ShardedStore.SHARDS_FILE)).trim()),
                    () -> assertFalse(Files.exists(made.resolve(ShardedStore.CREATING_FILE))),
                    () -> assertEquals("mine", Files.readString(made.resolve("notes.txt"))));
        }
    }

    @Test
    void aRecordedNumberOutOfRangeIsRefusedWithWhatTheFileShouldHold() throws IOException {
        for (String recorded : new String[] {"0", "-2", "65", "two"}) {
            Path made = Files.createTempDirectory("recorded");
            Files.writeString(made.resolve(ShardedStore.SHARDS_FILE), recorded + "\n");

            IOException refused = assertThrows(IOException.class,
                    () -> ShardedStore.open(made, BASE, OptionalInt.empty()));

            assertTrue(refused.getMessage().contains("number of store shards (1 to 64), not " + recorded),
                    refused.getMessage());
        }
    }

    @Test
    void aNumberOutOfRangeIsRefused() throws IOException {
        Path fresh = Files.createTempDirectory("fresh");

        assertThrows(IllegalArgumentException.class, () -> ShardedStore.open(fresh, BASE, OptionalInt.of(0)));
        assertThrows(IllegalArgumentException.class,
                () -> ShardedStore.open(fresh, BASE, OptionalInt.of(ShardedStore.MAX_SHARDS + 1)));
    }

    @Test
    void theShardsShareTheMemoryThatOneDatabaseKeepsForTerms() throws IOException {
        Path single = Files.createTempDirectory("single");
        int oneDatabase;
        try (ShardedStore one = ShardedStore.open(single, BASE, OptionalInt.of(1))) {
            oneDatabase = termCache(single).getNode2NodeIdCacheSize();
        }

        for (int k = 0; k < 3; k++) {
            StoreParams params = termCache(ShardedStore.shardDir(dir, k));
            assertEquals(oneDatabase / 3, params.getNode2NodeIdCacheSize(), "shard " + k);
            assertEquals(oneDatabase / 3, params.getNodeId2NodeCacheSize(), "shard " + k);
        }
    }

    /** The parameters of the open database in a shard's directory (TDB2 hands out the open one again). */
    private static StoreParams termCache(Path shard) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(shard.resolve("tdb2").toString());
        return TDBInternal.getDatasetGraphTDB(dataset).getStoreParams();
    }

    private void writePod(String pod) {
        store.put(ResourcePath.parse("/" + pod + "/"), new Content.Rdf(GraphFactory.createGraphMem()),
                Precondition.NONE);
        store.put(ResourcePath.parse("/" + pod + "/notes/doc"), new Content.Rdf(valued(pod)), Precondition.NONE);
    }

    private static int shardIndex(String pod) {
        return Math.floorMod(pod.hashCode(), 3);
    }

    private static Graph valued(String value) {
        Graph graph = GraphFactory.createGraphMem();
        graph.add(NodeFactory.createURI(BASE + "it"), VALUE, literal(value));
        return graph;
    }

    private static Node literal(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static Set<Node> objects(Graph graph) {
        Set<Node> found = new HashSet<>();
        graph.find(Node.ANY, VALUE, Node.ANY).forEachRemaining(t -> found.add(t.getObject()));
        return found;
    }
}
