// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import com.inrupt.client.Client;
import com.inrupt.client.ClientProvider;
import com.inrupt.client.Request;
import com.inrupt.client.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.vocab.LDP;

/** The {@link PodClient} over HTTP, on Inrupt's client with OkHttp. */
final class HttpPodClient implements PodClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpPodClient.class);
    private static final String BASIC_CONTAINER_TYPE = "<" + LDP.BasicContainer.getURI() + ">; rel=\"type\"";

    private final PodSession session;
    private final Transport transport;

    HttpPodClient(PodSession session, Duration timeout, Optional<String> origin) {
        this.session = session;
        Client client = ClientProvider.getClientBuilder().withInstance(HttpServices.withTimeout(timeout)).build()
                .session(session.inruptSession());
        this.transport = new Transport(client, session, timeout, origin);
    }

    @Override
    public PodSession session() {
        return session;
    }

    @Override
    public RdfDocument read(URI document) {
        Request request = transport.request(requireNonNull(document, "document")).header("Accept", RdfBodies.ACCEPT)
                .GET().build();
        Response<byte[]> response = transport.send(request);
        return new RdfDocument(document, RdfBodies.parse(request, response), Transport.etag(response).orElse(null));
    }

    @Override
    public Optional<String> write(URI document, Graph graph, WriteCondition condition) {
        requireNonNull(graph, "graph");
        return put(document, RdfBodies.turtle(graph), RdfBodies.TURTLE, condition);
    }

    @Override
    public Optional<Instant> append(URI document, Graph triples) {
        requireNonNull(document, "document");
        byte[] patch = N3Patch.inserting(requireNonNull(triples, "triples"));
        if (triples.isEmpty()) {
            return Optional.empty();
        }
        Response<byte[]> response = transport.send(transport.request(document).header("Content-Type",
                N3Patch.MEDIA_TYPE).PATCH(Request.BodyPublishers.ofByteArray(patch)).build());
        return Transport.date(response.headers().asMap(), "Last-Modified");
    }

    @Override
    public Optional<String> patch(URI document, Graph deletes, Graph inserts, WriteCondition condition) {
        requireNonNull(document, "document");
        requireNonNull(condition, "condition");
        byte[] patch = N3Patch.replacing(requireNonNull(deletes, "deletes"), requireNonNull(inserts, "inserts"));
        return sendIf(condition, transport.request(document).header("Content-Type", N3Patch.MEDIA_TYPE)
                .PATCH(Request.BodyPublishers.ofByteArray(patch)));
    }

    @Override
    public URI create(URI container, String slug, Graph graph) {
        return post(container, slug, RdfBodies.TURTLE, RdfBodies.turtle(requireNonNull(graph, "graph")), null);
    }

    @Override
    public URI createContainer(URI parent, String slug) {
        return post(parent, slug, RdfBodies.TURTLE, new byte[0], BASIC_CONTAINER_TYPE);
    }

    @Override
    public List<URI> list(URI container) {
        Node subject = NodeFactory.createURI(requireNonNull(container, "container").toString());
        return read(container).graph().find(subject, LDP.contains, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isURI).mapWith(node -> URI.create(node.getURI())).toList().stream().sorted()
                .toList();
    }

    @Override
    public void delete(URI resource) {
        transport.send(transport.request(requireNonNull(resource, "resource")).DELETE().build());
    }

    @Override
    public void deleteRecursively(URI container) {
        for (URI member : list(container)) {
            if (member.getPath().endsWith("/")) {
                deleteRecursively(member);
            } else {
                delete(member);
            }
        }
        LOG.debug("Deleting the emptied container {}", container);
        delete(container);
    }

    @Override
    public BinaryResource readBinary(URI resource) {
        Request request = transport.request(requireNonNull(resource, "resource")).header("Accept", "*/*").GET()
                .build();
        Response<byte[]> response = transport.send(request);
        return new BinaryResource(resource, response.body() == null ? new byte[0] : response.body(),
                Transport.header(response, "Content-Type").orElse("application/octet-stream"),
                Transport.etag(response).orElse(null));
    }

    @Override
    public Optional<String> writeBinary(URI resource, byte[] content, String mediaType, WriteCondition condition) {
        return put(resource, requireNonNull(content, "content"), requireNonNull(mediaType, "mediaType"), condition);
    }

    @Override
    public URI createBinary(URI container, String slug, byte[] content, String mediaType) {
        return post(container, slug, requireNonNull(mediaType, "mediaType"), requireNonNull(content, "content"),
                null);
    }

    @Override
    public SparqlEndpoint sparql(URI podRoot) {
        return new HttpSparqlEndpoint(transport, SparqlDiscovery.endpoint(transport, requireNonNull(podRoot,
                "podRoot")));
    }

    @Override
    public Optional<Storage> storage(URI resource) {
        return StorageDiscovery.storage(transport, requireNonNull(resource, "resource"));
    }

    @Override
    public AccessControl accessControl() {
        return new WacAccessControl(this, transport);
    }

    private Optional<String> put(URI resource, byte[] body, String mediaType, WriteCondition condition) {
        requireNonNull(resource, "resource");
        requireNonNull(condition, "condition");
        return sendIf(condition, transport.request(resource).header("Content-Type", mediaType)
                .PUT(Request.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a write with the condition's header, and returns the entity tag of the state written. */
    private Optional<String> sendIf(WriteCondition condition, Request.Builder write) {
        condition.headerName().ifPresent(name -> write.header(name, condition.headerValue()));
        return Transport.etag(transport.send(write.build()));
    }

    private URI post(URI container, String slug, String mediaType, byte[] body, String link) {
        requireNonNull(container, "container");
        Request.Builder builder = transport.request(container).header("Content-Type", mediaType)
                .POST(Request.BodyPublishers.ofByteArray(body));
        if (slug != null) {
            builder.header("Slug", slug);
        }
        if (link != null) {
            builder.header("Link", link);
        }
        Request request = builder.build();
        Response<byte[]> response = transport.send(request);
        String location = Transport.header(response, "Location").orElseThrow(() -> SolidaireClientException
                .unreadable(request, response, "the response has no Location header", null));
        return container.resolve(location);
    }
}
