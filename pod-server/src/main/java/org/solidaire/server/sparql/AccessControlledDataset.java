// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.POSIX;

/**
 * A read-only dataset over the store in which only the graphs of resources a caller may read exist, each holding
 * what a GET of the resource returns: its stored triples and its server-managed triples. The default graph is
 * empty, or the union of the visible graphs when asked for. Valid while the store's read lasts.
 *
 * <p>Finding never scans the store beyond what is visible: a pattern whose subject is known, or whose object is a
 * resource of this server, is looked up in the store's indexes and kept when its graph is visible; any other
 * pattern is looked up graph by graph, so its cost follows the number of visible graphs, not the pod's size.
 */
final class AccessControlledDataset extends DatasetGraphBaseFind {

    /** The only predicates and classes of server-managed triples: other patterns need not look at them. */
    private static final Set<Node> MANAGED_PREDICATES = Set.of(RDF.type.asNode(), LDP.contains, DCTERMS.modified,
            POSIX.mtime, POSIX.size);
    private static final Set<Node> MANAGED_TYPES = Set.of(LDP.Resource, LDP.Container, LDP.BasicContainer,
            LDP.RDFSource, LDP.NonRDFSource);

    private final DatasetGraph store;
    private final ReadableGraphs visible;
    private final Function<ResourcePath, Optional<Graph>> managed;
    private final String baseUrl;
    private final boolean unionDefaultGraph;
    private final Map<Node, Optional<Graph>> managedByGraph = new HashMap<>();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    /**
     * A view of the store.
     *
     * @param store the stored triples, in a read the caller holds open
     * @param visible the graphs the caller may see
     * @param managed the server-managed triples of a resource, if it has any
     * @param baseUrl the public base URL, which prefixes every resource IRI
     * @param unionDefaultGraph whether the default graph is the union of the visible graphs
     */
    AccessControlledDataset(DatasetGraph store, ReadableGraphs visible,
            Function<ResourcePath, Optional<Graph>> managed, String baseUrl, boolean unionDefaultGraph) {
        this.store = store;
        this.visible = visible;
        this.managed = managed;
        this.baseUrl = baseUrl;
        this.unionDefaultGraph = unionDefaultGraph;
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        // Graph views ask with null for "any".
        return super.find(any(g), any(s), any(p), any(o));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return super.findNG(any(g), any(s), any(p), any(o));
    }

    private static Node any(Node node) {
        return node == null ? Node.ANY : node;
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        if (!unionDefaultGraph) {
            return Iter.nullIterator();
        }
        return Iter.map(findInUnionGraph(s, p, o), triple -> Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public Iterator<Triple> findInUnionGraph(Node s, Node p, Node o) {
        return Iter.distinct(Iter.map(findInAnyNamedGraphs(s, p, o), Quad::asTriple));
    }

    @Override
    public Iterator<Quad> findQuadsInUnionGraph(Node s, Node p, Node o) {
        return Iter.map(findInUnionGraph(s, p, o), triple -> Quad.create(Quad.unionGraph, triple));
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        if (!visible.contains(g)) {
            return Iter.nullIterator();
        }
        Iterator<Quad> stored = store.find(g, s, p, o);
        if (!mayBeManaged(p, o)) {
            return stored;
        }
        return Iter.concat(stored, managedQuads(g, s, p, o));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        if (s.isConcrete() || o.isBlank() || isLocal(o)) {
            Iterator<Quad> stored = Iter.filter(store.findNG(Node.ANY, s, p, o), q -> visible.contains(q.getGraph()));
            return mayBeManaged(p, o) ? Iter.concat(stored, managedQuads(candidates(s, o), s, p, o)) : stored;
        }
        boolean managedToo = mayBeManaged(p, o);
        return Iter.flatMap(visible.graphs().keySet().iterator(), g -> managedToo
                ? Iter.concat(store.find(g, s, p, o), managedQuads(g, s, p, o)) : store.find(g, s, p, o));
    }

    /** Whether a triple pattern could match a server-managed triple. */
    static boolean mayBeManaged(Node p, Node o) {
        if (p.isConcrete() && !MANAGED_PREDICATES.contains(p)) {
            return false;
        }
        return !(o.isConcrete() && RDF.type.asNode().equals(p) && !MANAGED_TYPES.contains(o));
    }

    private boolean isLocal(Node node) {
        return node.isURI() && node.getURI().startsWith(baseUrl);
    }

    /**
     * The visible graphs that may hold server-managed triples about a known resource: its container's listing,
     * its own listing if it is a container, and its description.
     */
    private Iterable<Node> candidates(Node s, Node o) {
        Node about = s.isConcrete() ? s : o;
        Optional<ResourcePath> path = pathOf(about);
        if (path.isEmpty()) {
            return List.of();
        }
        List<Node> found = new ArrayList<>(3);
        path.get().parent().ifPresent(parent -> found.add(graphName(parent)));
        found.add(graphName(path.get()));
        found.add(graphName(path.get().auxiliary(ResourcePath.META_SUFFIX)));
        found.removeIf(g -> !visible.contains(g));
        return found;
    }

    /** The resource a node names, when it is a resource IRI itself: server-managed triples are about no fragment. */
    private Optional<ResourcePath> pathOf(Node node) {
        if (!node.isURI() || node.getURI().indexOf('#') >= 0) {
            return Optional.empty();
        }
        return ResourcePath.ofIri(node.getURI(), baseUrl);
    }

    private Node graphName(ResourcePath path) {
        return org.apache.jena.graph.NodeFactory.createURI(path.iri(baseUrl));
    }

    private Iterator<Quad> managedQuads(Iterable<Node> graphs, Node s, Node p, Node o) {
        List<Iterator<Quad>> parts = new ArrayList<>();
        for (Node g : graphs) {
            parts.add(managedQuads(g, s, p, o));
        }
        return Iter.flatMap(parts.iterator(), part -> part);
    }

    private Iterator<Quad> managedQuads(Node g, Node s, Node p, Node o) {
        Optional<Graph> graph = managedByGraph.computeIfAbsent(g,
                name -> visible.resource(name).flatMap(managed));
        if (graph.isEmpty()) {
            return Iter.nullIterator();
        }
        return Iter.map(graph.get().find(s, p, o), triple -> Quad.create(g, triple));
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return visible.contains(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return visible.graphs().keySet().iterator();
    }

    @Override
    public long size() {
        return visible.graphs().size();
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("A query's view of a pod is read-only");
    }

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        // The caller holds the store's read open for as long as this view is used.
    }

    @Override
    public void begin(ReadWrite readWrite) {
        // As above: nothing to begin.
    }

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    @Override
    public void commit() {
        // Nothing was written.
    }

    @Override
    public void abort() {
        // Nothing was written.
    }

    @Override
    public void end() {
        // The store's read is ended by its holder.
    }

    @Override
    public ReadWrite transactionMode() {
        return ReadWrite.READ;
    }

    @Override
    public TxnType transactionType() {
        return TxnType.READ;
    }

    @Override
    public boolean isInTransaction() {
        return true;
    }
}
