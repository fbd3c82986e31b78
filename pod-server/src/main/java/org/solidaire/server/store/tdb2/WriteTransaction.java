// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.Change;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.WriteResult;

/**
 * The steps of one write inside a TDB2 write transaction, which may hold other writes committed with it.
 *
 * <p>Each operation checks everything first and only then changes the dataset, so a write that is refused
 * leaves no trace and the writes sharing its transaction can still commit. It remembers what changed, for the
 * metadata cache and the change listeners, and what to do with content files once the transaction commits or
 * aborts.
 */
final class WriteTransaction {

    private static final String TURTLE = "text/turtle";

    private final DatasetGraph dataset;
    private final Layout layout;
    private final BinaryFiles files;
    private final ContainerTouches touches;
    private final Map<ResourcePath, Change.Type> changes = new LinkedHashMap<>();
    private final Map<ResourcePath, Optional<ResourceInfo>> written = new LinkedHashMap<>();
    private final List<Runnable> onCommit = new ArrayList<>();
    private final List<Runnable> onAbort = new ArrayList<>();

    private boolean rewroteLiterals;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /**
     * The steps of one write.
     *
     * @param touches the containers whose members the writes of its batch changed, which the batch rewrites once
     */
    WriteTransaction(DatasetGraph dataset, Layout layout, BinaryFiles files, ContainerTouches touches) {
        this.dataset = dataset;
        this.layout = layout;
        this.files = files;
        this.touches = touches;
    }

    /** A resource's metadata as this write must see it: a container's includes the batch's changes of members. */
    private Optional<ResourceInfo> read(ResourcePath path) {
        touches.settle(path);
        return Metadata.read(dataset, layout, path);
    }

    WriteResult put(ResourcePath path, Content content, Precondition precondition) {
        Optional<ResourceInfo> current = read(path);
        precondition.check(current);
        checkPlace(path, current);
        if (content instanceof Content.Binary binary && (path.isContainer() || path.isAuxiliary())) {
            throw ProblemException.unsupportedMediaType("A container or an auxiliary resource holds RDF, not "
                    + binary.contentType() + ".");
        }
        if (content instanceof Content.Rdf rdf && !rdf.namedGraphs().isEmpty()
                && (path.isContainer() || path.isAuxiliary())) {
            throw ProblemException.unprocessable("A container or an auxiliary resource is one graph, which the "
                    + "server reads; this document also has named graphs. Put their triples in the default graph, "
                    + "or the named graphs in a document.");
        }
        Graph before = content instanceof Content.Rdf && current.isPresent() ? stored(current, path)
                : Graph.emptyGraph;
        // The containers above an existing resource exist.
        List<ResourcePath> missing = current.isPresent() ? List.of() : missingContainers(path);

        createContainers(missing);
        ResourceInfo info;
        if (content instanceof Content.Rdf rdf) {
            info = writeGraph(path, current, rdf.graph(), before);
            writeNamedGraphs(path, rdf.namedGraphs());
        } else {
            info = writeBinary(path, current, (Content.Binary) content);
        }
        recordCreationOrUpdate(path, current);
        return new WriteResult(info, created(path, current));
    }

    WriteResult post(ResourcePath container, Precondition ofContainer, ResourcePath member, Content content,
            Precondition ofMember) {
        ofContainer.check(read(container));
        return put(member, content, ofMember);
    }

    /**
     * A patch already applied, outside the write transaction, to the resource as a read saw it: the writer commits
     * its result as it is when the resource still has the version it was applied to, and applies the change again
     * otherwise, so that applying and checking a patch do not hold up the store's one writer.
     *
     * @param basis the resource as the read saw it, empty when it did not exist
     * @param before the triples it held then
     * @param after the triples the change leaves
     */
    record Prepared(Optional<ResourceInfo> basis, Graph before, Graph after) {

        boolean appliesTo(Optional<ResourceInfo> current) {
            return basis.map(ResourceInfo::version).equals(current.map(ResourceInfo::version));
        }
    }

    WriteResult patch(ResourcePath path, Precondition precondition, UnaryOperator<Graph> change, Prepared prepared) {
        Optional<ResourceInfo> current = read(path);
        precondition.check(current);
        if (current.isPresent() && current.get().kind() == Kind.BINARY) {
            throw ProblemException.conflict("PATCH applies to RDF resources only; " + path
                    + " is a binary resource: replace it with PUT instead.");
        }
        checkPlace(path, current);
        Graph before;
        Graph after;
        if (prepared != null && prepared.appliesTo(current)) {
            before = prepared.before();
            after = prepared.after();
        } else {
            before = stored(current, path);
            after = change.apply(copy(before));
        }
        if (unchanged(current, before, after)) {
            return new WriteResult(current.get(), false);
        }
        List<ResourcePath> missing = current.isPresent() ? List.of() : missingContainers(path);

        createContainers(missing);
        ResourceInfo info = writeGraph(path, current, after, before);
        recordCreationOrUpdate(path, current);
        return new WriteResult(info, created(path, current));
    }

    void delete(ResourcePath path, Precondition precondition) {
        Optional<ResourceInfo> current = read(path);
        precondition.check(current);
        if (current.isEmpty()) {
            throw ProblemException.notFound("There is no resource at " + path + ".");
        }
        if (path.isContainer() && Metadata.hasMembers(dataset, layout, path)) {
            throw ProblemException.conflict("The container " + path + " is not empty; delete its members first.");
        }

        remove(path);
        if (!path.isAuxiliary()) {
            remove(path.auxiliary(ResourcePath.ACL_SUFFIX));
            remove(path.auxiliary(ResourcePath.META_SUFFIX));
            path.parent().filter(p -> !p.isRoot()).ifPresent(parent -> {
                Metadata.removeMember(dataset, layout, parent, path);
                touchContainer(parent);
            });
        }
    }

    private void remove(ResourcePath path) {
        if (!Metadata.exists(dataset, layout, path)) {
            return;
        }
        Optional<String> file = Metadata.fileOf(dataset, layout, path);
        removeNamedGraphs(path);
        dataset.deleteAny(layout.graph(path), Node.ANY, Node.ANY, Node.ANY);
        dataset.deleteAny(layout.meta(path), Node.ANY, Node.ANY, Node.ANY);
        file.ifPresent(f -> onCommit.add(() -> files.remove(path, f)));
        changes.put(path, Change.Type.DELETED);
        written.put(path, Optional.empty());
    }

    /** Refuses a resource that its twin, an ancestor document, or a missing subject or pod makes impossible. */
    /**
     * Whether a write creates its resource. A description resource exists as long as the resource it describes
     * (Solid Protocol §4.3.2), which a write to it requires, so its first triples replace it rather than create it.
     */
    private static boolean created(ResourcePath path, Optional<ResourceInfo> current) {
        return current.isEmpty() && !path.isDescription();
    }

    private void checkPlace(ResourcePath path, Optional<ResourceInfo> current) {
        if (current.isPresent()) {
            return;
        }
        if (path.isRoot()) {
            throw ProblemException.methodNotAllowed("The server root is not a resource that can be written.");
        }
        if (path.isAuxiliary()) {
            ResourcePath subject = path.subject().orElseThrow();
            if (subject.isAuxiliary() || !Metadata.exists(dataset, layout, subject)) {
                throw ProblemException.conflict("The resource " + subject + " that " + path
                        + " would describe does not exist.");
            }
            return;
        }
        if (Metadata.exists(dataset, layout, path.twin())) {
            throw ProblemException.conflict("The resource " + path.twin() + " exists; " + path
                    + " differs from it only by the trailing slash and cannot exist beside it.");
        }
        if (!path.isPodRoot() && !Metadata.exists(dataset, layout, path.podRoot())) {
            throw ProblemException.notFound("There is no pod at " + path.podRoot() + ".");
        }
    }

    /**
     * The containers between the pod root and the resource that a write must create (Solid Protocol §5.3),
     * outermost first; refuses when one of them is taken by a document.
     */
    private List<ResourcePath> missingContainers(ResourcePath path) {
        if (path.isAuxiliary() || path.isPodRoot()) {
            return List.of();
        }
        List<ResourcePath> missing = new ArrayList<>();
        for (ResourcePath ancestor : path.ancestors()) {
            if (!missing.isEmpty() || !Metadata.exists(dataset, layout, ancestor)) {
                if (Metadata.exists(dataset, layout, ancestor.twin())) {
                    throw ProblemException.conflict("The resource " + ancestor.twin() + " is a document, so "
                            + path + " cannot be created below it.");
                }
                missing.add(ancestor);
            }
        }
        return missing;
    }

    private void createContainers(List<ResourcePath> missing) {
        for (ResourcePath container : missing) {
            writeGraph(container, Optional.empty(), GraphFactory.createGraphMem(), GraphFactory.createGraphMem());
            recordCreationOrUpdate(container, Optional.empty());
        }
    }

    /**
     * Whether a patch would leave an existing RDF resource holding the same triples: then it keeps its version,
     * so its entity tag still matches, and nothing is announced; inserting the same data again changes nothing.
     * A PUT always makes a new version, as a client replacing a representation expects.
     */
    private static boolean unchanged(Optional<ResourceInfo> current, Graph before, Graph after) {
        return current.isPresent() && current.get().kind() != Kind.BINARY && before.size() == after.size()
                && !after.find().filterDrop(before::contains).hasNext();
    }

    static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        GraphUtil.addInto(copy, graph);
        return copy;
    }

    private Graph stored(Optional<ResourceInfo> current, ResourcePath path) {
        return stored(dataset, layout, current, path);
    }

    /** The triples a resource holds, as a graph the caller owns; empty for one that does not exist. */
    static Graph stored(DatasetGraph dataset, Layout layout, Optional<ResourceInfo> current, ResourcePath path) {
        return current.isPresent() ? Metadata.copyGraph(dataset, layout.graph(path)) : GraphFactory.createGraphMem();
    }

    /**
     * Makes the resource's graph hold exactly the given triples, removing and adding only those that differ from
     * what it held: a write that changes a few triples of a large document, or none, costs what it changes.
     */
    private ResourceInfo writeGraph(ResourcePath path, Optional<ResourceInfo> current, Graph graph, Graph before) {
        Node name = layout.graph(path);
        before.find().forEachRemaining(t -> {
            if (!graph.contains(t)) {
                dataset.delete(name, t.getSubject(), t.getPredicate(), LexicalForms.stored(t.getObject()));
            }
        });
        graph.find().forEachRemaining(t -> {
            if (!before.contains(t)) {
                addStored(name, t);
            }
        });
        Optional<String> file = current.filter(info -> info.kind() == Kind.BINARY)
                .flatMap(info -> Metadata.fileOf(dataset, layout, path));
        file.ifPresent(old -> onCommit.add(() -> files.remove(path, old)));
        Kind kind = path.isContainer() ? Kind.CONTAINER : Kind.RDF;
        ResourceInfo info = new ResourceInfo(path, kind, TURTLE, newVersion(), now, graph.size());
        Metadata.write(dataset, layout, current, info, file.isPresent(), null);
        written.put(path, Optional.of(info));
        return info;
    }

    private void addStored(Node graph, Triple triple) {
        Node object = LexicalForms.stored(triple.getObject());
        if (object != triple.getObject() && !rewroteLiterals) {
            rewroteLiterals = true;
            dataset.add(Internal.store, Internal.store, Internal.rewritesLiterals,
                    NodeFactory.createLiteralString("true"));
        }
        dataset.add(graph, triple.getSubject(), triple.getPredicate(), object);
    }

    /**
     * Makes a document's named graphs the given ones: each in a graph of its own under a private name, listed in
     * the document's metadata with its name, so that no query over resources sees it as one.
     */
    private void writeNamedGraphs(ResourcePath path, Map<Node, Graph> namedGraphs) {
        removeNamedGraphs(path);
        Node meta = layout.meta(path);
        int index = 0;
        for (Map.Entry<Node, Graph> named : namedGraphs.entrySet()) {
            Node stored = layout.namedGraph(path, index++);
            dataset.add(meta, layout.subject(path), Internal.namedGraph, stored);
            dataset.add(meta, stored, Internal.graphName, named.getKey());
            named.getValue().find().forEachRemaining(t -> addStored(stored, t));
        }
    }

    private void removeNamedGraphs(ResourcePath path) {
        Node meta = layout.meta(path);
        for (Node stored : Metadata.namedGraphs(dataset, layout, path).values()) {
            dataset.deleteAny(stored, Node.ANY, Node.ANY, Node.ANY);
            dataset.deleteAny(meta, stored, Node.ANY, Node.ANY);
        }
        dataset.deleteAny(meta, layout.subject(path), Internal.namedGraph, Node.ANY);
    }

    private ResourceInfo writeBinary(ResourcePath path, Optional<ResourceInfo> current, Content.Binary binary) {
        Optional<String> old = Metadata.fileOf(dataset, layout, path);
        String file;
        try {
            file = files.commit(path, (BinaryFiles.Staged) binary.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        onAbort.add(() -> files.remove(path, file));
        old.ifPresent(f -> onCommit.add(() -> files.remove(path, f)));
        removeNamedGraphs(path);
        dataset.deleteAny(layout.graph(path), Node.ANY, Node.ANY, Node.ANY);
        ResourceInfo info = new ResourceInfo(path, Kind.BINARY, binary.contentType(), newVersion(), now,
                binary.bytes().size());
        Metadata.write(dataset, layout, current, info, old.isPresent(), file);
        written.put(path, Optional.of(info));
        return info;
    }

    private void recordCreationOrUpdate(ResourcePath path, Optional<ResourceInfo> before) {
        changes.put(path, before.isPresent() ? Change.Type.UPDATED : Change.Type.CREATED);
        if (before.isEmpty() && !path.isAuxiliary()) {
            // An auxiliary resource needs its resource, so a new resource has no ACL resource unless this very write
            // made one: telling the cache spares access control a lookup of it.
            written.putIfAbsent(path.auxiliary(ResourcePath.ACL_SUFFIX), Optional.empty());
        }
        if (path.isAuxiliary() || path.isPodRoot()) {
            return;
        }
        ResourcePath parent = path.parent().orElseThrow();
        if (before.isEmpty()) {
            Metadata.addMember(dataset, layout, parent, path);
        }
        touchContainer(parent);
    }

    /**
     * A container's representation lists its members with their modification times and sizes, so a change of
     * membership or of a member is a change of the container: it gets a new version when the batch ends.
     */
    private void touchContainer(ResourcePath container) {
        changes.putIfAbsent(container, Change.Type.UPDATED);
        touches.touch(container, this);
    }

    /** Gives a container whose members changed a new version and modification time. */
    void rewriteContainer(ResourcePath container) {
        Metadata.read(dataset, layout, container).ifPresent(info -> {
            changes.putIfAbsent(container, Change.Type.UPDATED);
            ResourceInfo touched = new ResourceInfo(container, info.kind(), info.contentType(), newVersion(), now,
                    info.size());
            Metadata.write(dataset, layout, Optional.of(info), touched, false, null);
            written.put(container, Optional.of(touched));
        });
    }

    private static String newVersion() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** Whether the store holds literals in their stored form, as a write records in the store's own graph. */
    static boolean rewritesLiterals(DatasetGraph dataset) {
        return dataset.contains(Internal.store, Internal.store, Internal.rewritesLiterals, Node.ANY);
    }

    /** Whether this write stored a literal under {@link LexicalForms}'s private datatype. */
    boolean rewroteLiterals() {
        return rewroteLiterals;
    }

    /**
     * What this write knows of resources as they are after it: those it changed, empty for a deleted one, and the
     * ACL resources, empty, of those it created without one.
     */
    Map<ResourcePath, Optional<ResourceInfo>> written() {
        return written;
    }

    List<Change> changes() {
        List<Change> result = new ArrayList<>();
        changes.forEach((path, type) -> result.add(new Change(path, type)));
        return result;
    }

    void afterCommit() {
        onCommit.forEach(Runnable::run);
    }

    void afterAbort() {
        onAbort.forEach(Runnable::run);
    }
}
