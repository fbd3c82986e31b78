// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.store.BinaryReader;
import org.solidaire.server.store.Change;
import org.solidaire.server.store.Compaction;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.server.store.StagedBytes;
import org.solidaire.server.store.WriteResult;

/**
 * The embedded store: RDF in a Jena TDB2 database (one named graph per resource, one metadata graph beside it),
 * binaries as immutable files named by a fresh identifier and referenced from the metadata.
 *
 * <p>A write runs in one TDB2 write transaction; a binary's file is written and synced before that transaction
 * commits and the replaced file is removed after, so a crash leaves at worst an unreferenced file, never a
 * reference to a missing one. Resource metadata is cached in memory and updated under the write lock after each
 * commit, in commit order.
 */
public final class Tdb2Store implements ResourceStore {

    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);
    /** The database's directory within a store's data directory. */
    static final String DATABASE_DIR = "tdb2";
    private static final String BASE_URL_FILE = "base-url";
    private static final String BINARIES_DIR = "binaries";
    private static final String STAGING_DIR = "staging";
    private static final String JOURNAL_FILE = "journal";
    /** What a store keeps in its data directory, and nothing else. */
    static final List<String> FILES = List.of(DATABASE_DIR, BASE_URL_FILE, BINARIES_DIR, STAGING_DIR, JOURNAL_FILE);
    /** How many resources' metadata a store keeps in memory; the databases of a sharded store share it. */
    private static final long INFO_CACHE_SIZE = 200_000;

    /**
     * The system property that stops TDB2 from storing numbers, dates and booleans by value: a Solid server must
     * return the literals a client wrote, and {@code "01"^^xsd:integer} is another RDF term than {@code "1"}.
     */
    public static final String KEEP_LEXICAL_FORMS = "org.apache.jena.tdb.store.enableInlineLiterals";

    /**
     * How many RDF terms TDB2 keeps in memory each way (term to id, id to term), where its defaults are 200,000 and
     * 750,000: with those, the terms of one large document could take most of a 384 MB heap and leave too little
     * to answer with that document. The databases of a sharded store share this budget.
     */
    private static final int NODE_CACHE_SIZE = 100_000;

    /** The fewest terms a database of a sharded store keeps in memory each way, however many shards share. */
    private static final int MIN_NODE_CACHE_SIZE = 1_000;

    /** The longest a compaction may keep its caller waiting; it goes on if it takes longer. */
    private static final long COMPACTION_WAIT_SECONDS = 3600;

    private final DatasetGraph dataset;
    private final Path databaseDir;
    private final Layout layout;
    private final BinaryFiles files;
    private final Journal journal;
    private final GroupCommitWriter writer;
    private final Cache<ResourcePath, Optional<ResourceInfo>> infoCache;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean rewritesLiterals;

    private Tdb2Store(DatasetGraph dataset, Path databaseDir, Layout layout, BinaryFiles files, Journal journal,
            GroupCommitWriter.EpochPolicy policy, int databases) {
        this.dataset = dataset;
        this.databaseDir = databaseDir;
        this.layout = layout;
        this.files = files;
        this.journal = journal;
        this.infoCache = Caffeine.newBuilder().maximumSize(INFO_CACHE_SIZE / databases).build();
        this.writer = new GroupCommitWriter(dataset,
                (target, touches) -> new WriteTransaction(target, layout, files, touches),
                this::committed, journal, policy);
        this.rewritesLiterals = Txn.calculateRead(dataset, () -> WriteTransaction.rewritesLiterals(dataset));
    }

    /**
     * Opens, or creates, the store in a data directory.
     *
     * @param dataDir the directory that holds the database and the binaries
     * @param baseUrl the public base URL of the server, ending with {@code /}, which prefixes every graph name
     * @return the open store
     */
    public static Tdb2Store open(Path dataDir, String baseUrl) throws IOException {
        return open(dataDir, baseUrl, 1);
    }

    /**
     * Opens, or creates, one of the databases of a sharded store, which share the memory that one store's caches
     * of RDF terms take: each keeps its share of them.
     *
     * @param dataDir the directory that holds the database and the binaries
     * @param baseUrl the public base URL of the server, ending with {@code /}
     * @param databases how many databases the store has
     * @return the open store
     */
    static Tdb2Store open(Path dataDir, String baseUrl, int databases) throws IOException {
        return open(dataDir, baseUrl, databases,
                GroupCommitWriter.EpochPolicy.forHeap(Runtime.getRuntime().maxMemory(), databases));
    }

    /** Opens the store with the given rule for when the database commits the journaled writes. */
    static Tdb2Store open(Path dataDir, String baseUrl, GroupCommitWriter.EpochPolicy policy) throws IOException {
        return open(dataDir, baseUrl, 1, policy);
    }

    private static Tdb2Store open(Path dataDir, String baseUrl, int databases, GroupCommitWriter.EpochPolicy policy)
            throws IOException {
        requireNonNull(dataDir, "dataDir");
        requireNonNull(baseUrl, "baseUrl");
        // Before any TDB2 class: a thread that initialises one of them while another thread initialises Jena (as
        // the command line starts doing at once) can deadlock with it; this call waits for that thread instead.
        JenaSystem.init();
        if (SystemTDB.enableInlineLiterals) {
            throw new IllegalStateException("TDB2 stores numbers and dates by value, which rewrites their lexical "
                    + "form (01 becomes 1): set the system property " + KEEP_LEXICAL_FORMS
                    + "=false before Jena initialises, as Main does.");
        }
        Files.createDirectories(dataDir);
        checkBaseUrl(dataDir.resolve(BASE_URL_FILE), baseUrl);
        Path databaseDir = dataDir.resolve(DATABASE_DIR);
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(databaseDir.toString(), storeParams(databases));
        BinaryFiles files = BinaryFiles.open(dataDir.resolve(BINARIES_DIR), dataDir.resolve(STAGING_DIR));
        Journal journal = Journal.open(dataDir.resolve(JOURNAL_FILE));
        GroupCommitWriter.recover(dataset, journal);
        LOG.info("Opened the embedded TDB2 store in {}", dataDir.toAbsolutePath());
        return new Tdb2Store(dataset, databaseDir, new Layout(baseUrl), files, journal, policy, databases);
    }

    /**
     * Four quad indexes rather than TDB2's six. Every resource is a named graph: reads go through GSPO (a resource's
     * triples, its metadata), queries across graphs through SPOG, POSG and OSPG (by subject, by predicate and
     * object, by object), and a pattern that binds a graph but no subject through GSPO or a cross-graph index
     * filtered on the graph. Each write then updates four B+trees instead of six, and each commit syncs four; a
     * database created with six keeps them, and these four are among them.
     */
    private static StoreParams storeParams(int databases) {
        int nodeCacheSize = Math.max(MIN_NODE_CACHE_SIZE, NODE_CACHE_SIZE / databases);
        return StoreParamsBuilder.create(StoreParams.getDftStoreParams())
                .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"})
                .node2NodeIdCacheSize(nodeCacheSize)
                .nodeId2NodeCacheSize(nodeCacheSize)
                .build();
    }

    /**
     * Graph names are absolute IRIs under the base URL, so a store belongs to one base URL: starting it under
     * another would show none of its resources, and writing would mix two trees.
     */
    private static void checkBaseUrl(Path file, String baseUrl) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, baseUrl + "\n");
            return;
        }
        String recorded = Files.readString(file).trim();
        if (!recorded.equals(baseUrl)) {
            throw new IOException("The data directory " + file.getParent() + " holds pods under the base URL "
                    + recorded + ", not " + baseUrl + ": start with --base-url " + recorded
                    + " or choose another data directory.");
        }
    }

    /** The name of the graph holding a resource's triples. */
    public Node graphName(ResourcePath path) {
        return layout.graph(path);
    }

    @Override
    public Optional<ResourceInfo> info(ResourcePath path) {
        return infoCache.get(path, p -> reading(view -> Metadata.read(view, layout, p)));
    }

    @Override
    public Graph graph(ResourcePath path) {
        return reading(view -> Metadata.copyGraph(view, layout.graph(path)));
    }

    @Override
    public <T> T readGraph(ResourcePath path, Function<Graph, T> reader) {
        return reading(view -> reader.apply(GraphView.createNamedGraph(asWritten(view), layout.graph(path))));
    }

    @Override
    public Map<Node, Graph> namedGraphs(ResourcePath path) {
        return reading(view -> {
            Map<Node, Graph> graphs = new LinkedHashMap<>();
            Metadata.namedGraphs(view, layout, path)
                    .forEach((name, stored) -> graphs.put(name, Metadata.copyGraph(view, stored)));
            return graphs;
        });
    }

    @Override
    public List<ResourceInfo> members(ResourcePath container) {
        List<ResourcePath> paths = reading(view -> Metadata.members(view, layout, container));
        List<ResourceInfo> result = new ArrayList<>(paths.size());
        for (ResourcePath member : paths) {
            info(member).ifPresent(result::add);
        }
        return result;
    }

    @Override
    public Optional<BinaryReader> openBinary(ResourcePath path) throws IOException {
        // The file is opened inside the read transaction: a later write only unlinks it, which leaves an open
        // channel readable on POSIX file systems.
        try {
            return reading(view -> {
                Optional<ResourceInfo> info = Metadata.read(view, layout, path);
                Optional<String> file = Metadata.fileOf(view, layout, path);
                if (info.isEmpty() || file.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(openFile(info.get(), file.get()));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private BinaryReader openFile(ResourceInfo info, String file) {
        try {
            FileChannel channel = FileChannel.open(files.path(info.path(), file), StandardOpenOption.READ);
            return new FileBinaryReader(info, channel);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("The content of " + info.path() + " is missing from the store", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StagedBytes stage(InputStream body, long maxBytes) throws IOException {
        return files.stage(body, maxBytes);
    }

    @Override
    public WriteResult put(ResourcePath path, Content content, Precondition precondition) {
        return write(tx -> tx.put(path, content, precondition));
    }

    @Override
    public WriteResult post(ResourcePath container, Precondition ofContainer, ResourcePath member, Content content,
            Precondition ofMember) {
        return write(tx -> tx.post(container, ofContainer, member, content, ofMember));
    }

    @Override
    public WriteResult patch(ResourcePath path, Precondition precondition, UnaryOperator<Graph> change) {
        WriteTransaction.Prepared prepared = prepare(path, change);
        return write(tx -> tx.patch(path, precondition, change, prepared));
    }

    /**
     * Applies a change to the resource as a read sees it now, on the request's thread. A change that refuses, or
     * fails, is left to the writer to apply to the state it holds, which decides the answer; so is a binary.
     */
    private WriteTransaction.Prepared prepare(ResourcePath path, UnaryOperator<Graph> change) {
        return reading(view -> {
            Optional<ResourceInfo> basis = Metadata.read(view, layout, path);
            if (basis.isPresent() && basis.get().kind() == ResourceInfo.Kind.BINARY) {
                return null;
            }
            Graph before = WriteTransaction.stored(view, layout, basis, path);
            try {
                return new WriteTransaction.Prepared(basis, before, change.apply(WriteTransaction.copy(before)));
            } catch (RuntimeException | Error e) {
                LOG.debug("A patch of {} was refused on the state read before its write; the writer applies it "
                        + "again", path, e);
                return null;
            }
        });
    }

    @Override
    public void delete(ResourcePath path, Precondition precondition) {
        write(tx -> {
            tx.delete(path, precondition);
            return null;
        });
    }

    private <T> T write(Function<WriteTransaction, T> work) {
        return writer.submit(work);
    }

    /** Runs on the writer thread after each journaled batch, before its writers are told, who then read it. */
    private void committed(WriteTransaction tx) {
        rewritesLiterals |= tx.rewroteLiterals();
        tx.written().forEach(infoCache::put);
        publish(tx.changes());
    }

    private void publish(List<Change> changes) {
        for (Change change : changes) {
            for (Consumer<Change> listener : listeners) {
                try {
                    listener.accept(change);
                } catch (RuntimeException e) {
                    LOG.warn("A change listener failed on {}", change, e);
                }
            }
        }
    }

    /**
     * Reads in a read transaction, with the journaled writes that the database has not committed yet laid over it.
     * The pending batches, all of the open epoch, are taken before the transaction begins, and left out if it holds
     * their epoch: a batch leaves the pending ones only after its commit, so none is missed and none counted twice.
     */
    private <T> T reading(Function<DatasetGraph, T> reader) {
        JournaledBatches pending = writer.pending();
        return Txn.calculateRead(dataset, () -> {
            if (pending.isEmpty() || pending.epoch() <= GroupCommitWriter.committedEpoch(dataset)) {
                return reader.apply(dataset);
            }
            return reader.apply(new PendingView(dataset, pending));
        });
    }

    /** Queries run on TDB2's own engine, so the database first commits the writes journaled before. */
    @Override
    public <T> T read(ResourcePath within, Function<DatasetGraph, T> reader) {
        writer.flush();
        return Txn.calculateRead(dataset, () -> reader.apply(asWritten(dataset)));
    }

    /** The stored triples with their literals as clients wrote them, when any was stored under another form. */
    private DatasetGraph asWritten(DatasetGraph stored) {
        return rewritesLiterals ? new LexicalFormsView(stored) : stored;
    }

    /**
     * TDB2 writes copy the B+tree blocks they change, so the database grows with every write until compacted: a
     * new generation of its files is written from the current state and the old one deleted. TDB2 lets reads go
     * on; the writer runs it between two commits, so writes wait.
     */
    @Override
    public Compaction compact() {
        return writer.runAlone(() -> {
            long started = System.nanoTime();
            DatabaseMgr.compact(dataset, true);
            Compaction done = new Compaction(liveGeneration().toString(),
                    Duration.ofNanos(System.nanoTime() - started));
            LOG.info("Compacted the store into {} in {} ms", done.location(), done.took().toMillis());
            return done;
        }, COMPACTION_WAIT_SECONDS);
    }

    /** TDB2 keeps each generation of the database in a directory {@code Data-NNNN}; the highest is the live one. */
    private Path liveGeneration() {
        try (Stream<Path> entries = Files.list(databaseDir)) {
            return entries.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElse(databaseDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onChange(Consumer<Change> listener) {
        listeners.add(requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        writer.close();
        try {
            journal.close();
        } catch (IOException e) {
            LOG.warn("Could not close the journal", e);
        }
        // Expelling releases the database's files and lock, so the same directory can be opened again.
        TDBInternal.expel(dataset);
        LOG.info("Closed the embedded TDB2 store");
    }
}
