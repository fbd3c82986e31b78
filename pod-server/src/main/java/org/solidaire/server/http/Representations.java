// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.POSIX;

/**
 * The serialised representations of RDF resources and containers, cached by resource version and format: a
 * version never changes content, so an entry never goes stale, and old versions simply age out.
 */
final class Representations {

    private static final long CACHE_BYTES = 128L * 1024 * 1024;

    private final ResourceStore store;
    private final String baseUrl;
    private final Cache<Key, byte[]> cache = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((Key key, byte[] bytes) -> bytes.length + 64)
            .build();

    private record Key(ResourcePath path, String version, RdfFormat format) {
    }

    Representations(ResourceStore store, String baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    /** The bytes of a resource's representation in a format. */
    byte[] bytes(ResourceInfo info, RdfFormat format) {
        return cache.get(new Key(info.path(), info.version(), format), key -> RdfCodec.toBytes(graph(info), format));
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
        if (info.kind() == Kind.CONTAINER) {
            addContainment(graph, info);
        } else if (info.path().isDescription()) {
            store.info(info.path().subject().orElseThrow()).ifPresent(subject -> describe(graph, subject));
        }
        return graph;
    }

    private void describe(Graph graph, ResourceInfo subject) {
        Node node = iri(subject.path());
        graph.add(node, RDF.type.asNode(), LDP.Resource);
        Node type = switch (subject.kind()) {
            case CONTAINER -> LDP.BasicContainer;
            case RDF -> LDP.RDFSource;
            case BINARY -> LDP.NonRDFSource;
        };
        graph.add(node, RDF.type.asNode(), type);
        addStat(graph, node, subject);
    }

    private void addContainment(Graph graph, ResourceInfo container) {
        Node subject = iri(container.path());
        graph.add(subject, RDF.type.asNode(), LDP.Container);
        graph.add(subject, RDF.type.asNode(), LDP.BasicContainer);
        graph.add(subject, RDF.type.asNode(), LDP.Resource);
        addStat(graph, subject, container);
        List<ResourceInfo> members = store.members(container.path());
        for (ResourceInfo member : members) {
            Node node = iri(member.path());
            graph.add(subject, LDP.contains, node);
            graph.add(node, RDF.type.asNode(), LDP.Resource);
            if (member.kind() == Kind.CONTAINER) {
                graph.add(node, RDF.type.asNode(), LDP.Container);
                graph.add(node, RDF.type.asNode(), LDP.BasicContainer);
            }
            addStat(graph, node, member);
        }
    }

    private static void addStat(Graph graph, Node node, ResourceInfo info) {
        graph.add(node, DCTERMS.modified, NodeFactory.createLiteralDT(info.modified().toString(),
                XSDDatatype.XSDdateTime));
        graph.add(node, POSIX.mtime, NodeFactory.createLiteralDT(Long.toString(info.modified().getEpochSecond()),
                XSDDatatype.XSDinteger));
        if (info.kind() == Kind.BINARY) {
            graph.add(node, POSIX.size, NodeFactory.createLiteralDT(Long.toString(info.size()),
                    XSDDatatype.XSDinteger));
        }
    }

    private Node iri(ResourcePath path) {
        return NodeFactory.createURI(path.iri(baseUrl));
    }
}
