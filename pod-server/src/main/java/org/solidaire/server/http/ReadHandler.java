// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.access.AccessMode;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.ContentNegotiation;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.BinaryReader;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.vocab.PIM;

/** GET and HEAD: content negotiation for RDF, conditional requests, and byte ranges of binaries. */
final class ReadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReadHandler.class);
    private static final ByteBufferPool.Sized BUFFERS = new ByteBufferPool.Sized(null, false, 64 * 1024);

    private final ResourceStore store;
    private final Representations representations;
    private final ResourceHeaders headers;
    private final AccessGuard guard;
    private final String baseUrl;

    ReadHandler(ResourceStore store, Representations representations, ResourceHeaders headers, AccessGuard guard,
            String baseUrl) {
        this.store = store;
        this.representations = representations;
        this.headers = headers;
        this.guard = guard;
        this.baseUrl = baseUrl;
    }

    void get(Exchange exchange) throws IOException {
        ResourcePath path = exchange.path();
        if (path.isRoot()) {
            sendServerRoot(exchange);
            return;
        }
        if (SolidHandler.isStorageDescription(path)) {
            sendStorageDescription(exchange);
            return;
        }
        guard.require(exchange, path, AccessMode.READ);
        Optional<ResourceInfo> found = representations.find(path);
        if (found.isEmpty()) {
            headers.describeMissing(exchange, path);
            throw ProblemException.notFound("There is no resource at " + exchange.iri() + ".");
        }
        ResourceInfo info = found.get();
        headers.describe(exchange, info);
        if (info.isRdf()) {
            sendRdf(exchange, info);
        } else {
            sendBinary(exchange, info);
        }
    }

    private void sendRdf(Exchange exchange, ResourceInfo info) {
        String accept = exchange.header(Headers.ACCEPT);
        RdfFormat format = ContentNegotiation.chooseRdf(accept).orElseThrow(() -> ProblemException.of(406,
                "Not Acceptable", "This resource is RDF; the server can send it as " + Headers.RDF_TYPES
                        + ", none of which the Accept header '" + accept + "' allows."));
        validators(exchange, info, format);
        if (Conditions.forRead(exchange, info, format) == Conditions.ReadOutcome.NOT_MODIFIED) {
            exchange.sendEmpty(304);
            return;
        }
        exchange.send(200, format.mediaType(), representations.bytes(info, format));
    }

    private void sendBinary(Exchange exchange, ResourceInfo info) throws IOException {
        String accept = exchange.header(Headers.ACCEPT);
        if (!ContentNegotiation.accepts(accept, info.contentType())) {
            throw ProblemException.of(406, "Not Acceptable", "This resource is " + info.contentType()
                    + ", which the Accept header '" + accept + "' does not allow.");
        }
        Optional<BinaryReader> opened = store.openBinary(info.path());
        if (opened.isEmpty()) {
            throw ProblemException.notFound("There is no resource at " + exchange.iri() + ".");
        }
        BinaryReader reader = opened.get();
        try {
            streamBinary(exchange, reader);
        } catch (RuntimeException | IOException e) {
            reader.close();
            throw e;
        }
    }

    private void streamBinary(Exchange exchange, BinaryReader reader) throws IOException {
        ResourceInfo info = reader.info();
        validators(exchange, info, null);
        exchange.setHeader(Headers.ACCEPT_RANGES, "bytes");
        if (Conditions.forRead(exchange, info, null) == Conditions.ReadOutcome.NOT_MODIFIED) {
            reader.close();
            exchange.sendEmpty(304);
            return;
        }
        long size = reader.channel().size();
        ByteRange range = ByteRange.of(exchange, info, size);
        if (range.unsatisfiable()) {
            reader.close();
            exchange.setHeader(Headers.CONTENT_RANGE, "bytes */" + size);
            throw ProblemException.of(416, "Range Not Satisfiable", "The resource has " + size
                    + " bytes; the range asked for lies outside them.");
        }
        exchange.response().setStatus(range.partial() ? 206 : 200);
        exchange.setHeader(Headers.CONTENT_TYPE, info.contentType());
        // Pods hold what anyone with Write sent, served from the server's own origin: a stored page must not run
        // as that origin (where the account pages live), nor be sniffed into another type.
        exchange.setHeader("Content-Security-Policy", "sandbox");
        exchange.setHeader("X-Content-Type-Options", "nosniff");
        exchange.response().getHeaders().put("Content-Length", range.length());
        if (range.partial()) {
            exchange.setHeader(Headers.CONTENT_RANGE, "bytes " + range.first() + "-" + range.last() + "/" + size);
        }
        if (exchange.isHead() || range.length() == 0) {
            reader.close();
            exchange.response().write(true, null, exchange.callback());
            return;
        }
        Content.Source source = Content.Source.from(BUFFERS, reader.channel(), range.first(), range.length());
        Content.copy(source, exchange.response(), Callback.from(exchange.callback(), () -> closeQuietly(reader)));
    }

    private static void closeQuietly(BinaryReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            LOG.debug("Closing the content of {} failed", reader.info().path(), e);
        }
    }

    private static void validators(Exchange exchange, ResourceInfo info, RdfFormat format) {
        exchange.setHeader(Headers.ETAG, EntityTags.of(info, format));
        exchange.setHeader(Headers.LAST_MODIFIED, Conditions.formatDate(info.modified()));
    }

    /** The server root is not a storage; it names the server and where the pods are. */
    private static void sendServerRoot(Exchange exchange) {
        ResourceHeaders.allow(exchange, exchange.path(), true);
        exchange.setHeader(Headers.WAC_ALLOW, Headers.READ_ONLY_FOR_ALL);
        String text = "Solidaire Solid server. Pods live at " + exchange.iri() + "{pod}/.\n";
        exchange.send(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The storage description of a pod (Solid Protocol §4.1.2): read-only, generated from the pod itself. */
    private void sendStorageDescription(Exchange exchange) {
        ResourcePath podRoot = exchange.path().podRoot();
        if (store.info(podRoot).isEmpty()) {
            throw ProblemException.notFound("There is no pod at " + podRoot.iri(baseUrl) + ".");
        }
        RdfFormat format = ContentNegotiation.chooseRdf(exchange.header(Headers.ACCEPT)).orElseThrow(() ->
                ProblemException.of(406, "Not Acceptable", "The storage description is RDF: " + Headers.RDF_TYPES));
        Graph graph = GraphFactory.createGraphMem();
        Node storage = NodeFactory.createURI(podRoot.iri(baseUrl));
        graph.add(storage, RDF.type.asNode(), PIM.Storage);
        graph.add(storage, NodeFactory.createURI(SparqlHandler.VOID_SPARQL_ENDPOINT),
                NodeFactory.createURI(podRoot.iri(baseUrl) + SparqlHandler.PATH));
        exchange.setHeader(Headers.ALLOW, "OPTIONS, HEAD, GET");
        exchange.setHeader(Headers.WAC_ALLOW, Headers.READ_ONLY_FOR_ALL);
        exchange.send(200, format.mediaType(), RdfCodec.toBytes(graph, format));
    }
}
