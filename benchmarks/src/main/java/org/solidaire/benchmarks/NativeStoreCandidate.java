// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.common.iteration.CloseableIteration;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.sail.SailConnection;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.vocab.LDP;

/**
 * RDF4J's native store laid out as the server lays out TDB2: one context per resource for its triples, and a
 * metadata context beside it with what {@link ResourceInfo} says and, for a container, its {@code ldp:contains}
 * statements.
 *
 * <p>Each write is one transaction, and the store is opened with {@code forceSync}, so its files are synced
 * before the commit returns. Like {@code Tdb2Store}, the metadata of each resource is also kept in memory after
 * each commit, so that listing a container measures the engine's read of the membership rather than a
 * difference in caching. One connection serves every call, under a lock: the store runs one write transaction
 * at a time anyway, and reads are measured on one thread.
 */
final class NativeStoreCandidate implements StorageCandidate {

    private static final String META_PREFIX = "urn:solidaire:meta:";
    private static final String INTERNAL = "urn:solidaire:internal#";

    /** The default indexes, and one led by the context, without which reading or clearing a resource scans all. */
    private static final String INDEXES = "spoc,posc,cspo";

    private final NativeStore sail;
    private final SailConnection connection;
    private final TermBridge terms;
    private final IRI contains;
    private final IRI version;
    private final IRI contentType;
    private final IRI kind;
    private final IRI size;
    private final IRI modified;
    private final Map<ResourcePath, ResourceInfo> infos = new ConcurrentHashMap<>();

    private NativeStoreCandidate(NativeStore sail) {
        this.sail = sail;
        this.connection = sail.getConnection();
        this.terms = new TermBridge(sail.getValueFactory());
        this.contains = terms.iri(LDP.contains);
        this.version = terms.iri(INTERNAL + "version");
        this.contentType = terms.iri(INTERNAL + "contentType");
        this.kind = terms.iri(INTERNAL + "kind");
        this.size = terms.iri(INTERNAL + "size");
        this.modified = terms.iri(INTERNAL + "modified");
    }

    /** Opens a new native store in the directory. */
    static NativeStoreCandidate open(Path dir) {
        NativeStore sail = new NativeStore(dir.toFile(), INDEXES);
        sail.setForceSync(true);
        sail.init();
        return new NativeStoreCandidate(sail);
    }

    @Override
    public synchronized void put(ResourcePath path, Graph graph) {
        inTransaction(List.of(path), graph);
    }

    /** Loads all the documents in one transaction, which is how one fills this store quickly. */
    @Override
    public synchronized void load(List<ResourcePath> paths, Graph graph) {
        inTransaction(paths, graph);
    }

    private void inTransaction(List<ResourcePath> paths, Graph graph) {
        Map<ResourcePath, ResourceInfo> written = new LinkedHashMap<>();
        connection.begin();
        try {
            for (ResourcePath path : paths) {
                write(path, graph, written);
            }
            connection.commit();
        } catch (RuntimeException e) {
            connection.rollback();
            throw e;
        }
        infos.putAll(written);
    }

    private void write(ResourcePath path, Graph graph, Map<ResourcePath, ResourceInfo> written) {
        IRI name = subject(path);
        boolean created = !connection.hasStatement(name, version, null, false, meta(path));
        connection.clear(name);
        graph.find().forEachRemaining(t -> connection.addStatement(terms.resource(t.getSubject()),
                terms.iri(t.getPredicate()), terms.value(t.getObject()), name));
        written.put(path, writeMetadata(path, Kind.RDF, graph.size()));
        if (created) {
            ResourcePath parent = path.parent().orElseThrow();
            connection.addStatement(subject(parent), contains, name, meta(parent));
            // A container's representation lists its members, so a new member is a new version of it.
            written.put(parent, writeMetadata(parent, Kind.CONTAINER, 0));
        }
    }

    private ResourceInfo writeMetadata(ResourcePath path, Kind type, long triples) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String token = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        ResourceInfo info = new ResourceInfo(path, type, "text/turtle", token, now, triples);
        IRI subject = subject(path);
        IRI meta = meta(path);
        for (IRI predicate : List.of(version, contentType, kind, size, modified)) {
            connection.removeStatements(subject, predicate, null, meta);
        }
        connection.addStatement(subject, version, terms.string(info.version()), meta);
        connection.addStatement(subject, contentType, terms.string(info.contentType()), meta);
        connection.addStatement(subject, kind, terms.string(info.kind().name()), meta);
        connection.addStatement(subject, size, terms.number(info.size()), meta);
        connection.addStatement(subject, modified, terms.number(now.toEpochMilli()), meta);
        return info;
    }

    @Override
    public synchronized Graph graph(ResourcePath path) {
        Graph graph = GraphFactory.createGraphMem();
        IRI name = subject(path);
        try (CloseableIteration<? extends Statement> statements =
                connection.getStatements(null, null, null, false, name)) {
            while (statements.hasNext()) {
                Statement s = statements.next();
                graph.add(TermBridge.node(s.getSubject()), TermBridge.node(s.getPredicate()),
                        TermBridge.node(s.getObject()));
            }
        }
        return graph;
    }

    @Override
    public synchronized List<ResourceInfo> members(ResourcePath container) {
        List<ResourcePath> paths = new ArrayList<>();
        try (CloseableIteration<? extends Statement> statements =
                connection.getStatements(subject(container), contains, null, false, meta(container))) {
            while (statements.hasNext()) {
                String iri = statements.next().getObject().stringValue();
                paths.add(ResourcePath.parse("/" + iri.substring(WaterReadings.BASE_URL.length())));
            }
        }
        Collections.sort(paths);
        List<ResourceInfo> result = new ArrayList<>(paths.size());
        for (ResourcePath member : paths) {
            Optional.ofNullable(infos.get(member)).ifPresent(result::add);
        }
        return result;
    }

    private IRI subject(ResourcePath path) {
        return terms.iri(path.iri(WaterReadings.BASE_URL));
    }

    private IRI meta(ResourcePath path) {
        return terms.iri(META_PREFIX + path);
    }

    @Override
    public synchronized void close() {
        connection.close();
        sail.shutDown();
    }
}
