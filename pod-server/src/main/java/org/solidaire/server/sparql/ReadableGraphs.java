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

    /** What the store derives from the graph names, computed on first use and kept with them. */
    @SuppressWarnings("unchecked")
    <T> T storeKeys(Supplier<T> compute) {
        Object keys = storeKeys.get();
        if (keys == null) {
            keys = compute.get();
            storeKeys.set(keys);
        }
        return (T) keys;
    }
}
