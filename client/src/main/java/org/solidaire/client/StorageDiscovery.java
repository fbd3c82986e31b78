// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.inrupt.client.Request;
import com.inrupt.client.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.vocab.PIM;
import org.solidaire.vocab.SOLID;

/**
 * Finds the storage a resource is in, without needing to read the resource: a HEAD that gives the resource the type
 * {@code pim:Storage} shows it is a storage; else its storage description, found from the {@code Link} headers of
 * the HEAD's answer or refusal, or of OPTIONS, names the storage (Solid Protocol §4.1). An agent that may only
 * append to a container of the pod (a city's service) cannot HEAD the pod root, but may read the description.
 */
final class StorageDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(StorageDiscovery.class);

    private StorageDiscovery() {
    }

    static Optional<Storage> storage(Transport transport, URI resource) {
        Transport.Headed head = transport.head(resource);
        if (head.readable() && Transport.links(head.links(), resource, "type").contains(URI.create(PIM.Storage
                .getURI()))) {
            return Optional.of(new Storage(resource, head.answeredAt()));
        }
        List<URI> descriptions = Transport.links(head.links(), resource, SOLID.storageDescription.getURI());
        if (descriptions.isEmpty()) {
            descriptions = Transport.links(options(transport, resource), resource, SOLID.storageDescription
                    .getURI());
        }
        LOG.debug("Storage description of {}: {}", resource, descriptions);
        return descriptions.stream().findFirst().flatMap(description -> described(transport, description, resource))
                .map(root -> new Storage(root, head.answeredAt()));
    }

    /** The {@code Link} headers of OPTIONS, which needs no access (Solid Protocol §4.1: a storage's resources). */
    private static List<String> options(Transport transport, URI resource) {
        try {
            Request request = transport.request(resource).method("OPTIONS", Request.BodyPublishers.noBody()).build();
            return transport.send(request).headers().allValues("Link");
        } catch (SolidaireClientException e) {
            return e.headers().getOrDefault("Link", List.of());
        }
    }

    /** The storage the description names, the one holding the resource when it names several. */
    private static Optional<URI> described(Transport transport, URI description, URI resource) {
        Request request = transport.request(description).header("Accept", RdfBodies.ACCEPT).GET().build();
        Response<byte[]> response = transport.send(request);
        Graph graph = RdfBodies.parse(request, response);
        List<URI> storages = graph.find(Node.ANY, RDF.type.asNode(), PIM.Storage).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).mapWith(node -> URI.create(node.getURI())).toList();
        return storages.stream().filter(storage -> resource.toString().startsWith(storage.toString()))
                .max(Comparator.comparing(storage -> storage.toString().length()))
                .or(() -> storages.stream().findFirst());
    }
}
