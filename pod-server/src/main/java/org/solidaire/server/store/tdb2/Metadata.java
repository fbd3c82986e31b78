// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.vocab.LDP;

/** Reads and writes a resource's metadata graph; callers hold the transaction. */
final class Metadata {

    private Metadata() {
    }

    /**
     * Reads a resource's metadata property by property: a container's metadata graph also holds one containment
     * triple per member, which a scan of the whole subject would go through on every write into the container.
     */
    static Optional<ResourceInfo> read(DatasetGraph dataset, Layout layout, ResourcePath path) {
        Node meta = layout.meta(path);
        Node subject = layout.subject(path);
        String version = value(dataset, meta, subject, Internal.version);
        String kind = version == null ? null : value(dataset, meta, subject, Internal.kind);
        if (kind == null) {
            return Optional.empty();
        }
        String contentType = value(dataset, meta, subject, Internal.contentType);
        String size = value(dataset, meta, subject, Internal.size);
        String modified = value(dataset, meta, subject, Internal.modified);
        return Optional.of(new ResourceInfo(path, Kind.valueOf(kind), contentType, version,
                Instant.ofEpochMilli(modified == null ? 0 : Long.parseLong(modified)),
                size == null ? 0 : Long.parseLong(size)));
    }

    /** Whether a resource exists: one lookup, where {@link #read} makes five. */
    static boolean exists(DatasetGraph dataset, Layout layout, ResourcePath path) {
        return dataset.find(layout.meta(path), layout.subject(path), Internal.version, Node.ANY).hasNext();
    }

    private static String value(DatasetGraph dataset, Node meta, Node subject, Node property) {
        Iterator<Quad> quads = dataset.find(meta, subject, property, Node.ANY);
        return quads.hasNext() ? quads.next().getObject().getLiteralLexicalForm() : null;
    }

    /**
     * Writes a resource's metadata. Only the properties whose value changes are touched: from the metadata it had,
     * the old values are known, so most writes delete and add the version and the time and look nothing up.
     *
     * @param before the metadata it had, as {@link #read} gave it in this transaction; empty for a new resource
     * @param hadFile whether it had a content file, which a {@code file} of null removes
     * @param file its content file now, for a binary; null for RDF
     */
    static void write(DatasetGraph dataset, Layout layout, Optional<ResourceInfo> before, ResourceInfo info,
            boolean hadFile, String file) {
        Node meta = layout.meta(info.path());
        Node subject = layout.subject(info.path());
        ResourceInfo old = before.orElse(null);
        replace(dataset, meta, subject, Internal.version, old == null ? null : old.version(), info.version(),
                NodeFactory::createLiteralString);
        replace(dataset, meta, subject, Internal.contentType, old == null ? null : old.contentType(),
                info.contentType(), NodeFactory::createLiteralString);
        replace(dataset, meta, subject, Internal.kind, old == null ? null : old.kind().name(), info.kind().name(),
                NodeFactory::createLiteralString);
        replace(dataset, meta, subject, Internal.size, old == null ? null : old.size(), info.size(),
                Metadata::number);
        replace(dataset, meta, subject, Internal.modified, old == null ? null : old.modified().toEpochMilli(),
                info.modified().toEpochMilli(), Metadata::number);
        if (file != null) {
            set(dataset, meta, subject, Internal.file, NodeFactory.createLiteralString(file));
        } else if (hadFile) {
            dataset.deleteAny(meta, subject, Internal.file, Node.ANY);
        }
    }

    private static <T> void replace(DatasetGraph dataset, Node meta, Node subject, Node property, T old, T value,
            Function<T, Node> node) {
        if (value.equals(old)) {
            return;
        }
        if (old != null) {
            dataset.delete(meta, subject, property, node.apply(old));
        }
        dataset.add(meta, subject, property, node.apply(value));
    }

    /** Gives a metadata property its one value, whatever values it had. */
    private static void set(DatasetGraph dataset, Node meta, Node subject, Node property, Node value) {
        List<Quad> stale = new ArrayList<>(1);
        boolean present = false;
        for (Iterator<Quad> quads = dataset.find(meta, subject, property, Node.ANY); quads.hasNext(); ) {
            Quad quad = quads.next();
            if (quad.getObject().equals(value)) {
                present = true;
            } else {
                stale.add(quad);
            }
        }
        stale.forEach(dataset::delete);
        if (!present) {
            dataset.add(meta, subject, property, value);
        }
    }

    static Optional<String> fileOf(DatasetGraph dataset, Layout layout, ResourcePath path) {
        return Optional.ofNullable(value(dataset, layout.meta(path), layout.subject(path), Internal.file));
    }

    static List<ResourcePath> members(DatasetGraph dataset, Layout layout, ResourcePath container) {
        Iterator<Quad> quads = dataset.find(layout.meta(container), layout.subject(container), LDP.contains,
                Node.ANY);
        if (!quads.hasNext()) {
            return List.of();
        }
        List<ResourcePath> result = new ArrayList<>();
        quads.forEachRemaining(quad -> result.add(layout.path(quad.getObject())));
        Collections.sort(result);
        return result;
    }

    static boolean hasMembers(DatasetGraph dataset, Layout layout, ResourcePath container) {
        return dataset.find(layout.meta(container), layout.subject(container), LDP.contains, Node.ANY).hasNext();
    }

    static void addMember(DatasetGraph dataset, Layout layout, ResourcePath container, ResourcePath member) {
        dataset.add(layout.meta(container), layout.subject(container), LDP.contains, layout.subject(member));
    }

    static void removeMember(DatasetGraph dataset, Layout layout, ResourcePath container, ResourcePath member) {
        dataset.delete(layout.meta(container), layout.subject(container), LDP.contains, layout.subject(member));
    }

    /** A document's named graphs: for each name in the document, the graph that stores its triples. */
    static Map<Node, Node> namedGraphs(DatasetGraph dataset, Layout layout, ResourcePath path) {
        Node meta = layout.meta(path);
        Iterator<Quad> stored = dataset.find(meta, layout.subject(path), Internal.namedGraph, Node.ANY);
        if (!stored.hasNext()) {
            return Map.of();
        }
        Map<Node, Node> result = new LinkedHashMap<>();
        stored.forEachRemaining(quad -> {
            Node graph = quad.getObject();
            dataset.find(meta, graph, Internal.graphName, Node.ANY)
                    .forEachRemaining(name -> result.put(name.getObject(), graph));
        });
        return result;
    }

    static Graph copyGraph(DatasetGraph dataset, Node graphName) {
        Graph copy = GraphFactory.createGraphMem();
        dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(quad -> copy.add(LexicalForms.written(quad.asTriple())));
        return copy;
    }

    static long tripleCount(DatasetGraph dataset, Node graphName) {
        long count = 0;
        for (Iterator<Quad> it = dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    /** A number as xsd:integer, which TDB2 gives back as written (it would turn xsd:long into xsd:integer). */
    private static Node number(Long value) {
        return NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDinteger);
    }
}
