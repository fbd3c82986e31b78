// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.solidaire.server.store.ResourcePath;

/**
 * The named graphs a caller may see in a pod: one per resource it may read, named by the resource's IRI.
 *
 * @param tree the pod's resource list they were chosen from, to tell when they are out of date
 * @param generation the generation of access decisions they were chosen under
 * @param graphs each visible graph's name, with the resource it holds
 * @param storeKeys what the store derived from the graphs once, such as their internal identifiers
 */
record ReadableGraphs(List<ResourcePath> tree, long generation, Map<Node, ResourcePath> graphs,
        AtomicReference<Object> storeKeys) {

    ReadableGraphs(List<ResourcePath> tree, long generation, Map<Node, ResourcePath> graphs) {
        this(tree, generation, graphs, new AtomicReference<>());
    }

    boolean contains(Node graphName) {
        return graphs.containsKey(graphName);
    }

    Optional<ResourcePath> resource(Node graphName) {
        return Optional.ofNullable(graphs.get(graphName));
    }

    /**
     * What the store derives from the graph names, computed on first use and kept with them for as long as the
     * store's state they were derived from is the same.
     *
     * @param state the store's state, compared by identity, such as the generation of its files
     * @param compute derives the keys
     */
    @SuppressWarnings("unchecked")
    <T> T storeKeys(Object state, Supplier<T> compute) {
        Object kept = storeKeys.get();
        if (kept instanceof StoreKeys keys && keys.state() == state) {
            return (T) keys.keys();
        }
        T keys = compute.get();
        storeKeys.set(new StoreKeys(state, keys));
        return keys;
    }

    private record StoreKeys(Object state, Object keys) {
    }
}
