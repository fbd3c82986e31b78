// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;

/**
 * The measurement behind the choice of embedded engine: the server's TDB2 store against RDF4J's native store and
 * against plain Turtle files, on the operations behind most requests.
 *
 * <ul>
 *   <li>{@code write}: a durable replacement of a 20-triple document (a daily water reading), one writer; each
 *       candidate has synced it to disk when the call returns, as a PUT needs before answering.</li>
 *   <li>{@code writeGroupCommitted}: the same with 16 writers on the server's store, whose writer thread commits
 *       the writes that arrive together in one transaction and so shares one round of syncs among them.</li>
 *   <li>{@code read}: the triples of one document as a new Jena graph, what a GET hands to the codec.</li>
 *   <li>{@code list}: the members of a 1000-member container with their metadata, what a GET of a container
 *       needs besides the container's own triples.</li>
 * </ul>
 *
 * <p>Every candidate stores the same 20 triples and the same metadata, so only the engine differs; see each
 * candidate for its layout. Writes replace existing documents, so the container's membership does not change
 * while measuring.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.jena.tdb.store.enableInlineLiterals=false",
        "-Dsolidaire.log.level=WARN"})
public class StoreEngineBenchmark {

    static final ResourcePath POD = ResourcePath.parse("/bench/");
    static final ResourcePath WRITES = ResourcePath.parse("/bench/writes/");
    static final ResourcePath LISTED = ResourcePath.parse("/bench/listed/");
    static final int MEMBERS = 1000;
    static final int WRITERS = 16;

    /** How many documents each writer cycles through, so that writes do not all hit the same pages. */
    static final int DOCUMENTS_PER_WRITER = 32;

    /** One candidate, filled with the documents every operation uses. */
    @State(Scope.Benchmark)
    public static class Candidate {

        @Param({"tdb2", "rdf4j-native", "turtle-files"})
        private String engine;

        private StorageCandidate store;
        private Graph reading;
        private ResourcePath readPath;
        private ScratchDirectory scratch;

        @Setup(Level.Trial)
        public void open() {
            scratch = ScratchDirectory.create("solidaire-engines-");
            store = switch (engine) {
                case "tdb2" -> Tdb2Candidate.open(scratch.resolve(engine), POD);
                case "rdf4j-native" -> NativeStoreCandidate.open(scratch.resolve(engine));
                case "turtle-files" -> TurtleFilesCandidate.open(scratch.resolve(engine));
                default -> throw new IllegalArgumentException("Unknown engine " + engine);
            };
            reading = WaterReadings.daily();
            store.load(writerDocuments(1), reading);
            List<ResourcePath> listed = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                listed.add(LISTED.child(String.format("reading-%04d", i), false));
            }
            store.load(listed, reading);
            readPath = listed.get(MEMBERS / 2);
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
            scratch.close();
        }
    }

    /** The server's store alone, filled for 16 writers. */
    @State(Scope.Benchmark)
    public static class GroupCommit {

        private StorageCandidate store;
        private Graph reading;
        private ScratchDirectory scratch;

        @Setup(Level.Trial)
        public void open() {
            scratch = ScratchDirectory.create("solidaire-group-commit-");
            store = Tdb2Candidate.open(scratch.resolve("tdb2"), POD);
            reading = WaterReadings.daily();
            store.load(writerDocuments(WRITERS), reading);
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
            scratch.close();
        }
    }

    /** The documents one writer thread cycles through. */
    @State(Scope.Thread)
    public static class Writer {

        private ResourcePath[] documents;
        private int next;

        @Setup(Level.Trial)
        public void assign(ThreadParams thread) {
            documents = new ResourcePath[DOCUMENTS_PER_WRITER];
            for (int i = 0; i < DOCUMENTS_PER_WRITER; i++) {
                documents[i] = document(thread.getThreadIndex(), i);
            }
        }

        ResourcePath nextDocument() {
            next = (next + 1) % documents.length;
            return documents[next];
        }
    }

    static List<ResourcePath> writerDocuments(int writers) {
        List<ResourcePath> paths = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            for (int i = 0; i < DOCUMENTS_PER_WRITER; i++) {
                paths.add(document(writer, i));
            }
        }
        return paths;
    }

    static ResourcePath document(int writer, int index) {
        return WRITES.child("writer-" + writer + "-" + index, false);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void write(Candidate candidate, Writer writer) {
        candidate.store.put(writer.nextDocument(), candidate.reading);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(WRITERS)
    public void writeGroupCommitted(GroupCommit tdb2, Writer writer) {
        tdb2.store.put(writer.nextDocument(), tdb2.reading);
    }

    @Benchmark
    public Graph read(Candidate candidate) {
        return candidate.store.graph(candidate.readPath);
    }

    @Benchmark
    public List<ResourceInfo> list(Candidate candidate) {
        return candidate.store.members(LISTED);
    }
}
