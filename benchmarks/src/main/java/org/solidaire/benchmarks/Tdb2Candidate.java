// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.tdb2.Tdb2Store;

/** The server's own store, used exactly as the HTTP layer uses it. */
final class Tdb2Candidate implements StorageCandidate {

    private final Tdb2Store store;

    private Tdb2Candidate(Tdb2Store store) {
        this.store = store;
    }

    /** Opens a new store in the directory, with the pod that holds every benchmarked path. */
    static Tdb2Candidate open(Path dir, ResourcePath pod) {
        // The benchmarks' @Fork passes this too; setting it here also covers runs whose JVM arguments replace
        // those, as long as nothing has opened a TDB2 database in this JVM before.
        System.setProperty(Tdb2Store.KEEP_LEXICAL_FORMS, "false");
        try {
            Tdb2Store store = Tdb2Store.open(dir, WaterReadings.BASE_URL);
            store.put(pod, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
            return new Tdb2Candidate(store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store itself, for benchmarks that go beyond the three operations. */
    Tdb2Store store() {
        return store;
    }

    @Override
    public void put(ResourcePath path, Graph graph) {
        store.put(path, new Content.Rdf(graph), Precondition.NONE);
    }

    @Override
    public Graph graph(ResourcePath path) {
        return store.graph(path);
    }

    @Override
    public List<ResourceInfo> members(ResourcePath container) {
        return store.members(container);
    }

    @Override
    public void close() {
        store.close();
    }
}
