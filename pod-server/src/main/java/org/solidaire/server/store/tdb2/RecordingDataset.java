// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The database inside its write transaction, noting each quad a write adds or deletes so that the batch can be
 * journaled and shown to reads before the transaction commits. A deletion by pattern is noted quad by quad.
 */
final class RecordingDataset extends DatasetGraphWrapper {

    private final Delta.Builder changes;

    RecordingDataset(DatasetGraph dataset, Delta.Builder changes) {
        super(dataset);
        this.changes = changes;
    }

    @Override
    public void add(Quad quad) {
        super.add(quad);
        changes.added(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Quad quad) {
        super.delete(quad);
        changes.deleted(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        List<Quad> matching = new ArrayList<>();
        find(g, s, p, o).forEachRemaining(matching::add);
        matching.forEach(this::delete);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw new UnsupportedOperationException("Writes go quad by quad, so that each is recorded");
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("Writes go quad by quad, so that each is recorded");
    }
}
