// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;

/**
 * What the engine comparison asks of each embedded engine: the three operations behind most requests, with the
 * guarantees the server needs from them.
 *
 * <p>Every candidate keeps what {@link ResourceInfo} says of each resource (version, modification time, size)
 * beside its triples, and a container's membership, so a write does the same bookkeeping in each engine.
 */
interface StorageCandidate extends AutoCloseable {

    /** The number of writers that fill a candidate before measuring, so that setup does not dominate a run. */
    int LOADERS = 16;

    /**
     * Creates or replaces an RDF document; the write is durable (synced to disk) when this returns, and
     * atomic: a crash leaves the old or the new triples, never a mix.
     */
    void put(ResourcePath path, Graph graph);

    /** The triples of a document, as a new Jena graph, which is what the server's codecs take. */
    Graph graph(ResourcePath path);

    /** The members of a container, each as it is now, in path order. */
    List<ResourceInfo> members(ResourcePath container);

    /** Fills the candidate with one document per path before measuring; the default runs {@link #put}s in parallel. */
    default void load(List<ResourcePath> paths, Graph graph) {
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (ResourcePath path : paths) {
                writes.add(loaders.submit(() -> put(path, graph)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading the candidate failed", e.getCause());
        } finally {
            loaders.shutdownNow();
        }
    }

    @Override
    void close();
}
