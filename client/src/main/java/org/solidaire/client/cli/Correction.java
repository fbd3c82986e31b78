// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.solidaire.client.importer.PodDocument;

/**
 * What makes a document a pod holds say what an export says of its readings: for each reading and the values named
 * after it (its result, its meter index), what the pod holds and the export does not is deleted, and what the export
 * says and the pod does not is inserted. Everything else (the service point, the meters, the runs that wrote the
 * document) is only inserted, as an append would, so that the document keeps naming every earlier run.
 *
 * @param deletes the triples to delete, all held by the pod
 * @param inserts the triples to insert
 * @param readings the readings the pod held with other values, by their fragment (such as {@code 2026-10-05})
 * @param held the readings the pod holds already as the export gives them, by their fragment
 */
record Correction(Graph deletes, Graph inserts, Set<String> readings, Set<String> held) {

    /**
     * The correction of a document.
     *
     * @param held the graph the pod holds
     * @param wanted the graph the export gives
     */
    static Correction of(PodDocument document, Graph held, Graph wanted) {
        Graph deletes = GraphFactory.createDefaultGraph();
        Graph inserts = GraphFactory.createDefaultGraph();
        Set<String> readings = new TreeSet<>();
        held.find().forEach(triple -> reading(document, triple).filter(reading -> !wanted.contains(triple))
                .ifPresent(reading -> {
                    deletes.add(triple);
                    readings.add(reading);
                }));
        wanted.find().filterDrop(held::contains).forEach(inserts::add);
        Set<String> given = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        wanted.find().forEach(triple -> reading(document, triple).ifPresent(reading -> {
            given.add(reading);
            if (!held.contains(triple)) {
                missing.add(reading);
            }
        }));
        given.removeAll(missing);
        return new Correction(deletes, inserts, Set.copyOf(readings), Set.copyOf(given));
    }

    /** The fragment of the reading a triple's subject belongs to. */
    private static Optional<String> reading(PodDocument document, Triple triple) {
        Node subject = triple.getSubject();
        return subject.isURI() ? document.readingOf(subject.getURI()).map(reading -> reading.iri().getFragment())
                : Optional.empty();
    }

    /** Whether the pod holds the document as the export gives it already. */
    boolean isEmpty() {
        return deletes.isEmpty() && inserts.isEmpty();
    }
}
