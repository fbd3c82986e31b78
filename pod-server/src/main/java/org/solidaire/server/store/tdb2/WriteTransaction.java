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
import org.apache.jena.graph.Node;
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

/** The steps of one write, run inside a TDB2 write transaction; remembers what to do once it commits or aborts. */
final class WriteTransaction {

    private static final String TURTLE = "text/turtle";

    private final DatasetGraph dataset;
    private final Layout layout;
    private final BinaryFiles files;
    private final Map<ResourcePath, Change.Type> changes = new LinkedHashMap<>();
    private final List<Runnable> onCommit = new ArrayList<>();
    private final List<Runnable> onAbort = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    WriteTransaction(DatasetGraph dataset, Layout layout, BinaryFiles files) {
        this.dataset = dataset;
        this.layout = layout;
        this.files = files;
    }

    WriteResult put(ResourcePath path, Content content, Precondition precondition) {
        Optional<ResourceInfo> current = Metadata.read(dataset, layout, path);
        precondition.check(current);
        checkPlace(path, current);
        ensureContainers(path);
        ResourceInfo info;
        if (content instanceof Content.Rdf rdf) {
            info = writeGraph(path, rdf.graph());
        } else {
            info = writeBinary(path, (Content.Binary) content);
        }
        recordCreationOrUpdate(path, current);
        return new WriteResult(info, current.isEmpty());
    }

    WriteResult patch(ResourcePath path, Precondition precondition, UnaryOperator<Graph> change) {
        Optional<ResourceInfo> current = Metadata.read(dataset, layout, path);
        precondition.check(current);
        if (current.isPresent() && current.get().kind() == Kind.BINARY) {
            throw ProblemException.conflict("PATCH applies to RDF resources only; " + path
                    + " is a binary resource: replace it with PUT instead.");
        }
        checkPlace(path, current);
        Graph before = current.isPresent() ? Metadata.copyGraph(dataset, layout.graph(path))
                : GraphFactory.createGraphMem();
        Graph after = change.apply(before);
        ensureContainers(path);
        ResourceInfo info = writeGraph(path, after);
        recordCreationOrUpdate(path, current);
        return new WriteResult(info, current.isEmpty());
    }

    void delete(ResourcePath path, Precondition precondition) {
        Optional<ResourceInfo> current = Metadata.read(dataset, layout, path);
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
        Optional<String> file = Metadata.fileOf(dataset, layout, path);
        if (Metadata.read(dataset, layout, path).isEmpty()) {
            return;
        }
        dataset.deleteAny(layout.graph(path), Node.ANY, Node.ANY, Node.ANY);
        dataset.deleteAny(layout.meta(path), Node.ANY, Node.ANY, Node.ANY);
        file.ifPresent(f -> onCommit.add(() -> files.remove(path, f)));
        changes.put(path, Change.Type.DELETED);
    }

    /** Refuses a resource that its twin, an ancestor document, or a missing subject or pod makes impossible. */
    private void checkPlace(ResourcePath path, Optional<ResourceInfo> current) {
        if (current.isPresent()) {
            return;
        }
        if (path.isRoot()) {
            throw ProblemException.methodNotAllowed("The server root is not a resource that can be written.");
        }
        if (path.isAuxiliary()) {
            ResourcePath subject = path.subject().orElseThrow();
            if (subject.isAuxiliary() || Metadata.read(dataset, layout, subject).isEmpty()) {
                throw ProblemException.conflict("The resource " + subject + " that " + path
                        + " would describe does not exist.");
            }
            return;
        }
        if (Metadata.read(dataset, layout, path.twin()).isPresent()) {
            throw ProblemException.conflict("The resource " + path.twin() + " exists; " + path
                    + " differs from it only by the trailing slash and cannot exist beside it.");
        }
        if (!path.isPodRoot() && Metadata.read(dataset, layout, path.podRoot()).isEmpty()) {
            throw ProblemException.notFound("There is no pod at " + path.podRoot() + ".");
        }
    }

    /** Creates the missing containers between the pod root and the resource (Solid Protocol §5.3). */
    private void ensureContainers(ResourcePath path) {
        if (path.isAuxiliary() || path.isPodRoot()) {
            return;
        }
        for (ResourcePath ancestor : path.ancestors()) {
            if (Metadata.read(dataset, layout, ancestor).isPresent()) {
                continue;
            }
            if (Metadata.read(dataset, layout, ancestor.twin()).isPresent()) {
                throw ProblemException.conflict("The resource " + ancestor.twin() + " is a document, so " + path
                        + " cannot be created below it.");
            }
            writeGraph(ancestor, GraphFactory.createGraphMem());
            recordCreationOrUpdate(ancestor, Optional.empty());
        }
    }

    private ResourceInfo writeGraph(ResourcePath path, Graph graph) {
        Node name = layout.graph(path);
        dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        Metadata.fileOf(dataset, layout, path).ifPresent(old -> onCommit.add(() -> files.remove(path, old)));
        Kind kind = path.isContainer() ? Kind.CONTAINER : Kind.RDF;
        ResourceInfo info = new ResourceInfo(path, kind, TURTLE, newVersion(), now, graph.size());
        Metadata.write(dataset, layout, info, null);
        return info;
    }

    private ResourceInfo writeBinary(ResourcePath path, Content.Binary binary) {
        if (path.isContainer() || path.isAuxiliary()) {
            throw ProblemException.unsupportedMediaType("A container or an auxiliary resource holds RDF, not "
                    + binary.contentType() + ".");
        }
        Optional<String> old = Metadata.fileOf(dataset, layout, path);
        String file;
        try {
            file = files.commit(path, (BinaryFiles.Staged) binary.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        onAbort.add(() -> files.remove(path, file));
        old.ifPresent(f -> onCommit.add(() -> files.remove(path, f)));
        dataset.deleteAny(layout.graph(path), Node.ANY, Node.ANY, Node.ANY);
        ResourceInfo info = new ResourceInfo(path, Kind.BINARY, binary.contentType(), newVersion(), now,
                binary.bytes().size());
        Metadata.write(dataset, layout, info, file);
        return info;
    }

    private void recordCreationOrUpdate(ResourcePath path, Optional<ResourceInfo> before) {
        changes.put(path, before.isPresent() ? Change.Type.UPDATED : Change.Type.CREATED);
        if (before.isEmpty() && !path.isAuxiliary() && !path.isPodRoot()) {
            ResourcePath parent = path.parent().orElseThrow();
            Metadata.addMember(dataset, layout, parent, path);
            touchContainer(parent);
        }
    }

    /** A container's representation lists its members, so a change of membership is a change of the container. */
    private void touchContainer(ResourcePath container) {
        Metadata.read(dataset, layout, container).ifPresent(info -> {
            ResourceInfo touched = new ResourceInfo(container, info.kind(), info.contentType(), newVersion(), now,
                    info.size());
            Metadata.write(dataset, layout, touched, null);
            changes.putIfAbsent(container, Change.Type.UPDATED);
        });
    }

    private static String newVersion() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    List<ResourcePath> changedPaths() {
        return List.copyOf(changes.keySet());
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
