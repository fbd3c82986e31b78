// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfDocument;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.server.store.ServerManagedTriples;

/**
 * The serialised representations of RDF resources and containers, cached by resource version and format: a
 * version never changes content, so an entry never goes stale, and old versions simply age out.
 */
final class Representations {

    private static final long CACHE_BYTES = 128L * 1024 * 1024;

    /**
     * From how many triples a document is written from the store in place rather than from a copy in memory, which
     * takes several times the size of its text: the 522,000 triples of a 15 MiB Turtle document did not fit in a
     * 384 MB heap.
     */
    static final long LARGE_DOCUMENT_TRIPLES = 20_000;

    private final ResourceStore store;
    private final ServerManagedTriples managed;
    private final Cache<Key, byte[]> cache = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((Key key, byte[] bytes) -> bytes.length + 64)
            .build();

    private record Key(ResourcePath path, String version, RdfFormat format) {
    }

    Representations(ResourceStore store, String baseUrl) {
        this.store = store;
        this.managed = new ServerManagedTriples(store, baseUrl);
    }

    /**
     * The bytes of a resource's representation in a format: with the document's named graphs in a format that
     * carries them, and its default graph alone in the others.
     */
    byte[] bytes(ResourceInfo info, RdfFormat format) {
        return cache.get(new Key(info.path(), info.version(), format), key -> isLarge(info, format)
                ? store.readGraph(info.path(), graph -> RdfCodec.toBytes(graph, format))
                : RdfCodec.toBytes(document(info, format), format));
    }

    /** A large document with no server-managed triples to add, in a format without named graphs or with none. */
    private boolean isLarge(ResourceInfo info, RdfFormat format) {
        return info.kind() == Kind.RDF && !info.path().isDescription() && info.size() >= LARGE_DOCUMENT_TRIPLES
                && (!format.carriesNamedGraphs() || store.namedGraphs(info.path()).isEmpty());
    }

    private RdfDocument document(ResourceInfo info, RdfFormat format) {
        Graph graph = graph(info);
        if (!format.carriesNamedGraphs() || info.kind() != Kind.RDF) {
            return RdfDocument.of(graph);
        }
        return new RdfDocument(graph, store.namedGraphs(info.path()));
    }

    /**
     * What is known of a resource, including the description resource of every existing resource, which exists
     * whether or not it holds triples of its own (Solid Protocol §4.3.2).
     */
    Optional<ResourceInfo> find(ResourcePath path) {
        if (!path.isDescription()) {
            return store.info(path);
        }
        Optional<ResourceInfo> subject = store.info(path.subject().orElseThrow());
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResourceInfo> own = store.info(path);
        Instant modified = own.map(ResourceInfo::modified).filter(m -> m.isAfter(subject.get().modified()))
                .orElse(subject.get().modified());
        String version = subject.get().version() + "x" + own.map(ResourceInfo::version).orElse("0");
        return Optional.of(new ResourceInfo(path, Kind.RDF, "text/turtle", version, modified,
                own.map(ResourceInfo::size).orElse(0L)));
    }

    /** The graph a GET returns: the stored triples, and the server-managed triples of containers and descriptions. */
    Graph graph(ResourceInfo info) {
        Graph graph = store.graph(info.path());
        managed.addTo(graph, info);
        return graph;
    }
}
