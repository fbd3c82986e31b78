// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.POSIX;

/**
 * The triples the server adds to what a resource stores: a container's types, members and their stat triples
 * (LDP §5.2, Solid Protocol §4.2), and a description resource's account of its subject (Solid Protocol §4.3.2).
 * Every view of a resource (a GET, a SPARQL query) takes them from here, so that all views agree.
 */
public final class ServerManagedTriples {

    private final ResourceStore store;
    private final String baseUrl;

    /**
     * Server-managed triples of the resources of a store.
     *
     * @param store where the resources live
     * @param baseUrl the public base URL, which prefixes every resource IRI
     */
    public ServerManagedTriples(ResourceStore store, String baseUrl) {
        this.store = requireNonNull(store, "store");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
    }

    /**
     * The server-managed triples of an RDF resource, as a new graph: empty for a document or an ACL resource.
     *
     * @param info the resource as it is now
     * @return a graph the caller owns
     */
    public Graph of(ResourceInfo info) {
        Graph graph = GraphFactory.createGraphMem();
        addTo(graph, info);
        return graph;
    }

    /**
     * The server-managed triples of a resource as it is now, when it has any: a container's listing, a description
     * resource's account of its subject.
     *
     * @param path the resource
     * @return a graph the caller owns, or empty for a document, an ACL resource or a resource that does not exist
     */
    public Optional<Graph> of(ResourcePath path) {
        if (path.isDescription()) {
            return store.info(path.subject().orElseThrow()).map(subject -> {
                Graph graph = GraphFactory.createGraphMem();
                describe(graph, subject);
                return graph;
            });
        }
        if (!path.isContainer()) {
            return Optional.empty();
        }
        return store.info(path).map(this::of);
    }

    /**
     * Adds the server-managed triples of an RDF resource to a graph, such as a copy of its stored triples.
     *
     * @param graph the graph to add to
     * @param info the resource as it is now
     */
    public void addTo(Graph graph, ResourceInfo info) {
        if (info.kind() == Kind.CONTAINER) {
            addContainment(graph, info);
        } else if (info.path().isDescription()) {
            store.info(info.path().subject().orElseThrow()).ifPresent(subject -> describe(graph, subject));
        }
    }

    private void describe(Graph graph, ResourceInfo subject) {
        Node node = iri(subject.path());
        graph.add(node, RDF.type.asNode(), LDP.Resource);
        Node type = switch (subject.kind()) {
            case CONTAINER -> LDP.BasicContainer;
            case RDF -> LDP.RDFSource;
            case BINARY -> LDP.NonRDFSource;
        };
        graph.add(node, RDF.type.asNode(), type);
        addStat(graph, node, subject);
    }

    private void addContainment(Graph graph, ResourceInfo container) {
        Node subject = iri(container.path());
        graph.add(subject, RDF.type.asNode(), LDP.Container);
        graph.add(subject, RDF.type.asNode(), LDP.BasicContainer);
        graph.add(subject, RDF.type.asNode(), LDP.Resource);
        addStat(graph, subject, container);
        for (ResourceInfo member : store.members(container.path())) {
            Node node = iri(member.path());
            graph.add(subject, LDP.contains, node);
            graph.add(node, RDF.type.asNode(), LDP.Resource);
            if (member.kind() == Kind.CONTAINER) {
                graph.add(node, RDF.type.asNode(), LDP.Container);
                graph.add(node, RDF.type.asNode(), LDP.BasicContainer);
            }
            addStat(graph, node, member);
        }
    }

    private static void addStat(Graph graph, Node node, ResourceInfo info) {
        graph.add(node, DCTERMS.modified, NodeFactory.createLiteralDT(info.modified().toString(),
                XSDDatatype.XSDdateTime));
        graph.add(node, POSIX.mtime, NodeFactory.createLiteralDT(Long.toString(info.modified().getEpochSecond()),
                XSDDatatype.XSDinteger));
        if (info.kind() == Kind.BINARY) {
            graph.add(node, POSIX.size, NodeFactory.createLiteralDT(Long.toString(info.size()),
                    XSDDatatype.XSDinteger));
        }
    }

    private Node iri(ResourcePath path) {
        return NodeFactory.createURI(path.iri(baseUrl));
    }
}
