// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.solidaire.client.model.Provenance;
import org.solidaire.client.model.RdfDescription;
import org.solidaire.client.model.Reading;

/**
 * One RDF document an importer would write into a pod: where it goes and what it describes. Its graph is built when
 * asked for, always the same for the same document, so that a large import keeps records rather than triples and
 * importing the same input twice writes the same triples twice.
 *
 * @param podRoot the root of the pod it goes to, ending with {@code /}
 * @param path its path relative to the pod root, such as {@code water/2024-06}
 * @param servicePointId the identifier of the service point it is about, as the input names it
 * @param resources what it describes: the readings and the service point and meters they refer to
 * @param provenance the import run that writes it, stated on the document rather than on each reading
 */
public record PodDocument(URI podRoot, String path, String servicePointId, List<RdfDescription> resources,
        Provenance provenance) {

    /** Checks the components and copies the resources. */
    public PodDocument {
        requireNonNull(podRoot, "podRoot");
        requireNonNull(path, "path");
        requireNonNull(servicePointId, "servicePointId");
        resources = List.copyOf(resources);
        requireNonNull(provenance, "provenance");
    }

    /**
     * Returns the document's IRI.
     *
     * @return the pod root resolved with the path
     */
    public URI iri() {
        return podRoot.resolve(path);
    }

    /**
     * Returns the readings the document holds.
     *
     * @return the readings, in the order they are described
     */
    public List<Reading> readings() {
        return resources.stream().filter(Reading.class::isInstance).map(Reading.class::cast).toList();
    }

    /**
     * Returns the reading a node of the document describes: the reading itself, or a value named after it, such as
     * its result ({@code #2024-06-01-result}).
     *
     * @param node the node's IRI
     * @return the reading, empty when the node is not part of one
     */
    public Optional<Reading> readingOf(String node) {
        return readings().stream().filter(reading -> node.equals(reading.iri().toString())
                || node.startsWith(reading.iri() + "-")).findFirst();
    }

    /**
     * Builds the document's graph: every resource, and the run that writes the document. The readings carry only
     * their content, so that the same readings from any run are the same triples.
     *
     * @return a new graph the caller owns
     */
    public Graph graph() {
        Graph graph = GraphFactory.createDefaultGraph();
        resources.forEach(resource -> resource.addTo(graph));
        provenance.addTo(graph, iri());
        return graph;
    }
}
