// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.store.AtomicFiles;
import org.solidaire.server.store.BinaryReader;
import org.solidaire.server.store.Change;
import org.solidaire.server.store.Compaction;
import org.solidaire.server.store.FileTrees;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.server.store.StagedBytes;
import org.solidaire.server.store.WriteResult;

/**
 * The pods spread over several TDB2 databases (shards), each with its own writer thread, so that writes to pods of
 * different shards are applied and committed at the same time: one TDB2 database applies one write transaction at
 * a time, and on a large import its writer, not the requests, is what bounds the rate.
 *
 * <p>Every resource, with its auxiliary resources, its container and every ancestor up to its pod root, is in its
 * pod's shard, chosen from the pod's name; a write never spans two shards, so each stays atomic. The server root is
 * not a stored container, so no listing spans shards either. Binary bodies are staged in the first shard's folder
 * and moved into their pod's shard on the same file system.
 *
 * <p>The number of shards is chosen when the data directory is created and recorded in it: the first shard is the
 * data directory itself (so a directory made by a single store opens as one shard), shard {@code k} is in
 * {@code shard-k}. A data directory cannot be opened with another number, since the pods would be looked for in the
 * wrong shards.
 */
public final class ShardedStore implements ResourceStore {

    private static final Logger LOG = LoggerFactory.getLogger(ShardedStore.class);

    /** The file, in the data directory, that records the number of shards. */
    static final String SHARDS_FILE = "shards";
    /** Present while a new data directory's shards are being created, holding their number. */
    static final String CREATING_FILE = "shards.creating";

    /** The most shards a data directory may have. */
    public static final int MAX_SHARDS = 64;

    private final List<Tdb2Store> shards;

    private ShardedStore(List<Tdb2Store> shards) {
        this.shards = List.copyOf(shards);
    }

    /**
     * Opens, or creates, the store in a data directory.
     *
     * @param dataDir the directory that holds the shards
     * @param baseUrl the public base URL of the server, ending with {@code /}
     * @param wanted how many shards a new data directory gets (one when empty); for an existing one, it must be the
     *     number it has, if given
     * @return the open store
     * @throws IOException when a shard cannot be opened, or the number wanted is not the number the directory has
     */
    public static ShardedStore open(Path dataDir, String baseUrl, OptionalInt wanted) throws IOException {
        requireNonNull(dataDir, "dataDir");
        requireNonNull(baseUrl, "baseUrl");
        requireNonNull(wanted, "wanted");
        OptionalInt recorded = recordedCount(dataDir);
        int count = recorded.isPresent() ? checked(dataDir, recorded.getAsInt(), wanted) : create(dataDir, wanted);
        ShardedStore store = count == 1 ? new ShardedStore(List.of(Tdb2Store.open(dataDir, baseUrl)))
                : openShards(dataDir, baseUrl, count);
        if (recorded.isEmpty()) {
            try {
                recordCreated(dataDir, count);
            } catch (IOException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }

    private static ShardedStore openShards(Path dataDir, String baseUrl, int count) throws IOException {
        List<Tdb2Store> opened = new ArrayList<>(count);
        ExecutorService openers = Executors.newFixedThreadPool(Math.min(count,
                Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Tdb2Store>> opening = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                Path dir = shardDir(dataDir, k);
                opening.add(openers.submit(() -> Tdb2Store.open(dir, baseUrl, count)));
            }
            Throwable failure = null;
            for (Future<Tdb2Store> shard : opening) {
                try {
                    opened.add(shard.get());
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                // The shards that did open hold their files' locks until closed.
                opened.forEach(Tdb2Store::close);
                throw asIoException(failure);
            }
        } finally {
            openers.shutdown();
        }
        LOG.info("Opened the store in {} shards", count);
        return new ShardedStore(opened);
    }

    /**
     * Prepares a new data directory: the number of shards is recorded once they all exist, and until then a marker
     * says they are being created. A directory holding the marker was cut short while its shards were made, before
     * any request was served, and may hold a database TDB2 cannot open (a crash while it wrote its first blocks): the
     * store files of its shards are removed and made again. Nothing else in the directory is touched.
     */
    private static int create(Path dataDir, OptionalInt wanted) throws IOException {
        requireInRange(wanted);
        Path marker = dataDir.resolve(CREATING_FILE);
        int count = wanted.orElse(1);
        if (Files.exists(marker)) {
            OptionalInt cutShort = parseCount(Files.readString(marker).trim());
            LOG.warn("The creation of the store in {} was cut short; making its shards again", dataDir);
            for (int k = 0; k < cutShort.orElse(MAX_SHARDS); k++) {
                removeStoreFiles(shardDir(dataDir, k));
            }
            count = wanted.orElse(cutShort.orElse(1));
        }
        Files.createDirectories(dataDir);
        Files.writeString(marker, count + "\n");
        return count;
    }

    /** Records the number of shards of a directory just created, which then opens as such, and drops the marker. */
    private static void recordCreated(Path dataDir, int count) throws IOException {
        AtomicFiles.write(dataDir.resolve(SHARDS_FILE), (count + "\n").getBytes(StandardCharsets.US_ASCII), false);
        Files.delete(dataDir.resolve(CREATING_FILE));
    }

    private static void removeStoreFiles(Path shard) throws IOException {
        for (String name : Tdb2Store.FILES) {
            FileTrees.remove(shard.resolve(name));
        }
    }

    private static IOException asIoException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof InterruptedException interrupted) {
            return new IOException("Interrupted while opening the store", interrupted);
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** The number of shards recorded in a data directory: one for a directory made by a single store, none if new. */
    private static OptionalInt recordedCount(Path dataDir) throws IOException {
        Path file = dataDir.resolve(SHARDS_FILE);
        if (Files.exists(file)) {
            String text = Files.readString(file).trim();
            OptionalInt recorded = parseCount(text);
            if (recorded.isEmpty()) {
                throw new IOException("The file " + file + " should hold the number of store shards (1 to "
                        + MAX_SHARDS + "), not " + text);
            }
            return recorded;
        }
        if (Files.exists(dataDir.resolve(Tdb2Store.DATABASE_DIR)) && !Files.exists(dataDir.resolve(CREATING_FILE))) {
            return OptionalInt.of(1);
        }
        return OptionalInt.empty();
    }

    private static OptionalInt parseCount(String text) {
        try {
            int count = Integer.parseInt(text);
            return count >= 1 && count <= MAX_SHARDS ? OptionalInt.of(count) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static void requireInRange(OptionalInt wanted) {
        if (wanted.isPresent() && (wanted.getAsInt() < 1 || wanted.getAsInt() > MAX_SHARDS)) {
            throw new IllegalArgumentException("The number of store shards must be between 1 and " + MAX_SHARDS
                    + ", not " + wanted.getAsInt() + ".");
        }
    }

    /** The recorded number of shards, refusing another one wanted. */
    private static int checked(Path dataDir, int recorded, OptionalInt wanted) throws IOException {
        requireInRange(wanted);
        if (wanted.isPresent() && wanted.getAsInt() != recorded) {
            throw new IOException("The data directory " + dataDir + " holds its pods in " + recorded + " store shard"
                    + (recorded == 1 ? "" : "s") + ", not " + wanted.getAsInt() + ": start with --store-shards "
                    + recorded + ", or without the option, or choose another data directory.");
        }
        return recorded;
    }

    static Path shardDir(Path dataDir, int shard) {
        return shard == 0 ? dataDir : dataDir.resolve("shard-" + shard);
    }

    /** How many shards the store has. */
    public int shardCount() {
        return shards.size();
    }

    /** The shard that holds a path: the server root and what is not in a pod are in the first. */
    Tdb2Store shardOf(ResourcePath path) {
        if (shards.size() == 1) {
            return shards.get(0);
        }
        return path.pod().map(pod -> shards.get(Math.floorMod(pod.hashCode(), shards.size()))).orElse(shards.get(0));
    }

    @Override
    public Optional<ResourceInfo> info(ResourcePath path) {
        return shardOf(path).info(path);
    }

    @Override
    public Graph graph(ResourcePath path) {
        return shardOf(path).graph(path);
    }

    @Override
    public <T> T readGraph(ResourcePath path, Function<Graph, T> reader) {
        return shardOf(path).readGraph(path, reader);
    }

    @Override
    public Map<Node, Graph> namedGraphs(ResourcePath path) {
        return shardOf(path).namedGraphs(path);
    }

    @Override
    public List<ResourceInfo> members(ResourcePath container) {
        return shardOf(container).members(container);
    }

    @Override
    public Optional<BinaryReader> openBinary(ResourcePath path) throws IOException {
        return shardOf(path).openBinary(path);
    }

    @Override
    public StagedBytes stage(InputStream body, long maxBytes) throws IOException {
        return shards.get(0).stage(body, maxBytes);
    }

    @Override
    public WriteResult put(ResourcePath path, Content content, Precondition precondition) {
        return shardOf(path).put(path, content, precondition);
    }

    @Override
    public WriteResult post(ResourcePath container, Precondition ofContainer, ResourcePath member, Content content,
            Precondition ofMember) {
        return shardOf(member).post(container, ofContainer, member, content, ofMember);
    }

    @Override
    public WriteResult patch(ResourcePath path, Precondition precondition, UnaryOperator<Graph> change) {
        return shardOf(path).patch(path, precondition, change);
    }

    @Override
    public void delete(ResourcePath path, Precondition precondition) {
        shardOf(path).delete(path, precondition);
    }

    @Override
    public <T> T read(ResourcePath within, Function<DatasetGraph, T> reader) {
        return shardOf(within).read(within, reader);
    }

    /** Compacts each shard in turn; writes to a shard wait while it is compacted. */
    @Override
    public Compaction compact() {
        long started = System.nanoTime();
        List<String> locations = new ArrayList<>(shards.size());
        for (Tdb2Store shard : shards) {
            locations.add(shard.compact().location());
        }
        return new Compaction(locations.stream().collect(Collectors.joining(", ")),
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public void onChange(Consumer<Change> listener) {
        shards.forEach(shard -> shard.onChange(listener));
    }

    @Override
    public void close() {
        shards.forEach(Tdb2Store::close);
    }
}
