// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.jena.graph.Graph;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.server.store.ResourcePath;

/**
 * No engine at all: one Turtle file per resource, in directories that mirror the containers, with the metadata and
 * the membership of containers in an in-memory index.
 *
 * <p>A write serialises the graph with the server's codec, writes it to a temporary file beside the target,
 * syncs it, renames it over the target (atomic on POSIX file systems) and syncs the directory so that the
 * rename itself survives a crash. The index costs nothing to read but must be rebuilt by walking the whole tree
 * at start-up, and a write that spans several files (a resource, its container, its ACL) has no atomicity.
 */
final class TurtleFilesCandidate implements StorageCandidate {

    private final Path root;
    private final Map<ResourcePath, ResourceInfo> infos = new ConcurrentHashMap<>();
    private final Map<ResourcePath, NavigableSet<ResourcePath>> members = new ConcurrentHashMap<>();

    private TurtleFilesCandidate(Path root) {
        this.root = root;
    }

    /** Uses the directory, created if missing, as the root of the tree. */
    static TurtleFilesCandidate open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TurtleFilesCandidate(dir);
    }

    @Override
    public void put(ResourcePath path, Graph graph) {
        byte[] turtle = RdfCodec.toBytes(graph, RdfFormat.TURTLE);
        Path target = file(path);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".write-", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(turtle));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        remember(path, graph.size());
    }

    /**
     * A rename is an update of the directory, which is durable only once the directory itself is synced. Java can
     * open a directory to sync it on Linux and macOS, not on Windows, where this candidate fails its first write.
     */
    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private void remember(ResourcePath path, long triples) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String token = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        infos.put(path, new ResourceInfo(path, Kind.RDF, "text/turtle", token, now, triples));
        ResourcePath parent = path.parent().orElseThrow();
        if (members.computeIfAbsent(parent, p -> new ConcurrentSkipListSet<>()).add(path)) {
            infos.put(parent, new ResourceInfo(parent, Kind.CONTAINER, "text/turtle", token, now, 0));
        }
    }

    @Override
    public Graph graph(ResourcePath path) {
        try (InputStream in = Files.newInputStream(file(path))) {
            return RdfCodec.parse(in, RdfFormat.TURTLE, path.iri(WaterReadings.BASE_URL), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ResourceInfo> members(ResourcePath container) {
        NavigableSet<ResourcePath> paths = members.get(container);
        if (paths == null) {
            return List.of();
        }
        List<ResourceInfo> result = new ArrayList<>(paths.size());
        for (ResourcePath member : paths) {
            ResourceInfo info = infos.get(member);
            if (info != null) {
                result.add(info);
            }
        }
        return result;
    }

    /** Documents only: the benchmark writes no container representation of its own. */
    private Path file(ResourcePath path) {
        return root.resolve(path.toString().substring(1) + ".ttl");
    }

    @Override
    public void close() {
        infos.clear();
        members.clear();
    }
}
