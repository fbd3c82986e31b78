// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
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
 * A store seen through its reads only, for engines made by the thousand while nothing is written: the listeners
 * they register are not kept, since the store they watch holds on to every listener for its lifetime.
 */
final class ReadOnlyStoreView implements ResourceStore {

    private final ResourceStore store;

    ReadOnlyStoreView(ResourceStore store) {
        this.store = store;
    }

    @Override
    public Optional<ResourceInfo> info(ResourcePath path) {
        return store.info(path);
    }

    @Override
    public Graph graph(ResourcePath path) {
        return store.graph(path);
    }

    @Override
    public <T> T readGraph(ResourcePath path, Function<Graph, T> reader) {
        return store.readGraph(path, reader);
    }

    @Override
    public Map<Node, Graph> namedGraphs(ResourcePath path) {
        return store.namedGraphs(path);
    }

    @Override
    public List<ResourceInfo> members(ResourcePath container) {
        return store.members(container);
    }

    @Override
    public Optional<BinaryReader> openBinary(ResourcePath path) throws IOException {
        return store.openBinary(path);
    }

    @Override
    public StagedBytes stage(InputStream body, long maxBytes) {
        throw readOnly();
    }

    @Override
    public WriteResult put(ResourcePath path, Content content, Precondition precondition) {
        throw readOnly();
    }

    @Override
    public WriteResult post(ResourcePath container, Precondition ofContainer, ResourcePath member, Content content,
            Precondition ofMember) {
        throw readOnly();
    }

    @Override
    public WriteResult patch(ResourcePath path, Precondition precondition, UnaryOperator<Graph> change) {
        throw readOnly();
    }

    @Override
    public void delete(ResourcePath path, Precondition precondition) {
        throw readOnly();
    }

    @Override
    public Compaction compact() {
        throw readOnly();
    }

    @Override
    public <T> T read(ResourcePath within, Function<DatasetGraph, T> reader) {
        return store.read(within, reader);
    }

    @Override
    public void onChange(Consumer<Change> listener) {
        // Nothing changes while measuring, so there is nothing to hear.
    }

    @Override
    public void close() {
        // The underlying store belongs to the benchmark's state, which closes it.
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("The benchmark's view of the store is read-only");
    }
}
