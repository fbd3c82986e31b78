// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.http.MimeTypes;
import org.solidaire.server.access.AccessMode;
import org.solidaire.server.access.wac.WacEngine;
import org.solidaire.server.patch.Patch;
import org.solidaire.server.patch.Patches;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfDocument;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.server.store.StagedBytes;
import org.solidaire.server.store.WriteResult;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.POSIX;

/** PUT, POST, PATCH and DELETE: each reads its body, checks its constraints, then makes one atomic write. */
final class WriteHandler {

    /** The names chosen by the POSTs under way, each held until its write ends. */
    private final Set<ResourcePath> posting = ConcurrentHashMap.newKeySet();

    private final ResourceStore store;
    private final ResourceHeaders headers;
    private final AccessGuard guard;
    private final ShapeConstraints constraints;
    private final String baseUrl;
    private final long maxBodyBytes;

    /**
     * RDF bodies are parsed into memory, so they have a limit of their own, below the limit on bytes streamed to
     * disk: a graph takes several times its Turtle size in the heap.
     */
    static final long MAX_RDF_BODY_BYTES = 16L * 1024 * 1024;

    /** What a container's listing states of it and its members from the store: no client may write them. */
    private static final List<Node> LISTED_STATISTICS = List.of(POSIX.size, POSIX.mtime, DCTERMS.modified);

    /** What a description resource states of its resource from the store: containment and the statistics. */
    private static final List<Node> DESCRIBED_BY_SERVER = Stream.concat(Stream.of(LDP.contains),
            LISTED_STATISTICS.stream()).toList();

    WriteHandler(ResourceStore store, ResourceHeaders headers, AccessGuard guard, String baseUrl, long maxBodyBytes) {
        this.store = store;
        this.headers = headers;
        this.guard = guard;
        this.constraints = new ShapeConstraints(store, baseUrl);
        this.baseUrl = baseUrl;
        this.maxBodyBytes = maxBodyBytes;
    }

    void put(Exchange exchange) throws IOException {
        ResourcePath path = exchange.path();
        refuseWriteOnReserved(path);
        guard.require(exchange, path, AccessMode.WRITE);
        if (store.info(path).isEmpty()) {
            guard.requireCreation(exchange, path);
        }
        String contentType = requireContentType(exchange);
        checkDeclaredLength(exchange);
        Precondition precondition = Conditions.forWrite(exchange);
        WriteResult result = store(exchange, path, contentType, content -> store.put(path, content, precondition));
        answerWrite(exchange, result);
    }

    void post(Exchange exchange) throws IOException {
        ResourcePath container = exchange.path();
        if (container.isRoot() || SolidHandler.isStorageDescription(container)) {
            throw ProblemException.methodNotAllowed("New pods are created by provisioning, not by POST.");
        }
        refuseWriteOnReserved(container);
        guard.require(exchange, container, AccessMode.APPEND);
        Optional<ResourceInfo> target = store.info(container);
        if (target.isEmpty()) {
            throw ProblemException.notFound("There is no container at " + exchange.iri() + ".");
        }
        if (!container.isContainer()) {
            ResourceHeaders.allow(exchange, container, true);
            throw ProblemException.methodNotAllowed("POST creates resources in containers; " + exchange.iri()
                    + " is not a container.");
        }
        String contentType = requireContentType(exchange);
        checkDeclaredLength(exchange);
        boolean asContainer = Links.requestsContainer(exchange.header(Headers.LINK));
        ResourcePath child = freshChild(container, Slugs.name(exchange.header(Headers.SLUG)), asContainer);
        // RFC 9110 §13: a POST's conditions are about its target, the container.
        Precondition ofContainer = Conditions.forWrite(exchange);
        try {
            WriteResult result = store(exchange, child, contentType, content -> store.post(container, ofContainer,
                    child, content, current -> {
                        if (current.isPresent()) {
                            // The name was free when chosen; relative IRIs in the body were resolved against it,
                            // so another name would change the data: the client may POST again.
                            throw ProblemException.conflict("The name " + child + " was taken while this request "
                                    + "ran; POST again to get another.");
                        }
                    }));
            exchange.setHeader(Headers.LOCATION, child.iri(baseUrl));
            answerWrite(exchange, result);
        } finally {
            posting.remove(child);
        }
    }

    void patch(Exchange exchange) {
        ResourcePath path = exchange.path();
        refuseWriteOnReserved(path);
        String contentType = requireContentType(exchange);
        checkDeclaredLength(exchange);
        guard.require(exchange, path, AccessMode.APPEND);
        refusePatchOfBinary(exchange, path);
        Patch patch = Patches.parse(contentType, LimitedInputStream.of(exchange.body(), rdfLimit()), exchange.iri());
        requirePatchModes(exchange, path, patch);
        WriteResult result = store.patch(path, Conditions.forWrite(exchange), graph -> {
            patch.applyTo(graph);
            checkServerManaged(path, graph, exchange.iri());
            constraints.check(exchange, path, graph);
            return graph;
        });
        answerWrite(exchange, result);
    }

    /** RFC 9110 §15.5.6: a binary resource does not support PATCH, which changes RDF; it is replaced with PUT. */
    private void refusePatchOfBinary(Exchange exchange, ResourcePath path) {
        Optional<ResourceInfo> current = store.info(path);
        if (current.isPresent() && current.get().kind() == ResourceInfo.Kind.BINARY) {
            ResourceHeaders.allow(exchange, path, true, false);
            throw ProblemException.methodNotAllowed("PATCH applies to RDF resources; " + exchange.iri() + " is "
                    + current.get().contentType() + ": replace it with PUT instead.");
        }
    }

    void delete(Exchange exchange) {
        ResourcePath path = exchange.path();
        if (path.isRoot() || path.isPodRoot() || SolidHandler.isStorageDescription(path)) {
            ResourceHeaders.allow(exchange, path, true);
            throw ProblemException.methodNotAllowed("The root of a pod cannot be deleted (Solid Protocol §5.4).");
        }
        guard.require(exchange, path, AccessMode.WRITE);
        if (path.isContainer()) {
            // Whether a container may go depends on what it holds, which only an agent with Read may learn.
            guard.require(exchange, path, AccessMode.READ);
        }
        if (!path.isAuxiliary()) {
            // WAC §5.2: removing a member changes its container too.
            guard.require(exchange, path.parent().orElseThrow(), AccessMode.WRITE);
        } else if (path.isAcl() && path.subject().filter(ResourcePath::isPodRoot).isPresent()) {
            throw ProblemException.methodNotAllowed("The ACL of a pod root cannot be deleted: without it nobody but "
                    + "the owner could reach the pod. Replace it with PUT instead.")
                    .withHeader(Headers.ALLOW, "OPTIONS, HEAD, GET, PUT, PATCH");
        } else if (path.isDescription()) {
            throw ProblemException.methodNotAllowed("A description resource exists as long as the resource it "
                    + "describes (Solid Protocol §4.3.2), so it cannot be deleted on its own; delete that resource, or "
                    + "remove the description's own triples with PUT or PATCH.")
                    .withHeader(Headers.ALLOW, "OPTIONS, HEAD, GET, PUT, PATCH");
        }
        store.delete(path, Conditions.forWrite(exchange));
        exchange.sendEmpty(204);
    }

    /**
     * The modes a patch needs once its content is known (Solid Protocol §5.3.1): Read when it has conditions or
     * deletions, Write when it deletes, Append when it only inserts; creating the resource also needs Append on
     * the container.
     */
    private void requirePatchModes(Exchange exchange, ResourcePath path, Patch patch) {
        if (patch.reads()) {
            guard.require(exchange, path, AccessMode.READ);
        }
        if (patch.deletes()) {
            guard.require(exchange, path, AccessMode.WRITE);
        }
        if (store.info(path).isEmpty()) {
            guard.requireCreation(exchange, path);
        }
    }

    /** Reads and checks a write's body for the resource at the path, then has the store write it. */
    private WriteResult store(Exchange exchange, ResourcePath path, String contentType,
            Function<Content, WriteResult> write) throws IOException {
        Optional<RdfFormat> format = RdfFormat.forContentType(contentType);
        if (format.isEmpty() && (path.isContainer() || path.isAuxiliary())) {
            throw ProblemException.unsupportedMediaType("A container or an auxiliary resource holds RDF; send one of "
                    + Headers.RDF_TYPES + ", not " + contentType + ".")
                    .withHeader(Headers.ACCEPT_PUT, Headers.RDF_TYPES);
        }
        if (format.isPresent()) {
            if (exchange.contentLength() > rdfLimit()) {
                throw tooLarge(exchange.contentLength(), rdfLimit());
            }
            InputStream body = LimitedInputStream.of(exchange.body(), rdfLimit());
            RdfDocument document = RdfCodec.parseDocument(body, format.get(), path.iri(baseUrl),
                    charset(contentType));
            Graph graph = document.defaultGraph();
            checkServerManaged(path, graph, path.iri(baseUrl));
            constraints.check(exchange, path, graph);
            if (document.hasNamedGraphs()) {
                constraints.checkNamedGraphs(path);
            }
            return write.apply(new Content.Rdf(graph, document.namedGraphs()));
        }
        constraints.checkBinary(path, contentType);
        try (StagedBytes bytes = store.stage(exchange.body(), maxBodyBytes)) {
            return write.apply(new Content.Binary(bytes, contentType));
        }
    }

    /**
     * Refuses triples that only the server may state: a container's containment (Solid Protocol §5.3) and, in a
     * description resource, the server-managed facts about its subject.
     */
    private void checkServerManaged(ResourcePath path, Graph graph, String iri) {
        Optional<ResourcePath> aclOf = path.isAcl() ? path.subject() : Optional.empty();
        if (aclOf.isPresent() && aclOf.get().isPodRoot()) {
            requireSomeoneInControl(graph, aclOf.get().iri(baseUrl));
        }
        if (path.isContainer()) {
            Node self = org.apache.jena.graph.NodeFactory.createURI(iri);
            if (graph.contains(self, LDP.contains, Node.ANY)) {
                throw ProblemException.conflict("Containment triples (ldp:contains) of " + iri
                        + " are managed by the server and cannot be written.");
            }
            refuseListingStatistics(graph, iri);
        }
        if (path.isDescription()) {
            Node subject = org.apache.jena.graph.NodeFactory.createURI(path.subject().orElseThrow().iri(baseUrl));
            for (Node managed : DESCRIBED_BY_SERVER) {
                if (graph.contains(subject, managed, Node.ANY)) {
                    throw ProblemException.conflict("The description resource cannot state " + managed.getURI()
                            + " of its resource: the server manages it.");
                }
            }
            Optional<Triple> type = graph.find(subject, RDF.type.asNode(), Node.ANY).toList().stream()
                    .filter(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(LDP.NS)).findFirst();
            if (type.isPresent()) {
                throw ProblemException.conflict("The LDP type of a resource is managed by the server.");
            }
            constraints.checkDeclaredShapes(path, graph);
        }
    }

    /**
     * Refuses the modification time and size of the container or of one of its members in the container's own
     * triples: its listing states them from the store, and a second, client-written value would contradict it.
     */
    private static void refuseListingStatistics(Graph graph, String container) {
        for (Node managed : LISTED_STATISTICS) {
            for (Triple triple : graph.find(Node.ANY, managed, Node.ANY).toList()) {
                Node subject = triple.getSubject();
                if (subject.isURI() && listedBy(subject.getURI(), container)) {
                    throw ProblemException.conflict("The container cannot state " + managed.getURI() + " of "
                            + subject.getURI() + ": the server manages it in the container's listing.");
                }
            }
        }
    }

    /** Whether the listing of the container describes the resource: the container itself or one of its members. */
    private static boolean listedBy(String resource, String container) {
        if (!resource.startsWith(container) || resource.indexOf('#') >= 0) {
            return false;
        }
        String name = resource.substring(container.length());
        int slash = name.indexOf('/');
        return slash < 0 || slash == name.length() - 1;
    }

    /**
     * Refuses rules for a pod root under which nobody could change them again: in a pod without an owner, whom the
     * server always lets control it, that would lock everyone out for good.
     */
    private static void requireSomeoneInControl(Graph rules, String root) {
        if (!WacEngine.givesControl(rules, root)) {
            throw ProblemException.unprocessable("The ACL of a pod root must give someone Control of it: an "
                    + "authorization with acl:accessTo " + root + ", acl:mode acl:Control and an acl:agent, "
                    + "acl:agentClass or acl:agentGroup. Without one, nobody could change these rules again.");
        }
    }

    /**
     * Chooses the new resource's name and holds it until the POST ends, so that concurrent POSTs with one slug get
     * one name each rather than a conflict. A slug naming the pod's {@code .well-known}, which the server keeps for
     * what it generates there, gets a fresh name as a taken one does.
     */
    private ResourcePath freshChild(ResourcePath container, Optional<String> slug, boolean asContainer) {
        if (slug.isPresent()) {
            ResourcePath wanted = container.child(slug.get(), asContainer);
            if (!isUnderWellKnown(wanted) && store.info(wanted).isEmpty() && store.info(wanted.twin()).isEmpty()
                    && posting.add(wanted)) {
                if (!posting.contains(wanted.twin())) {
                    return wanted;
                }
                posting.remove(wanted);
            }
        }
        // The Solid Protocol §5.3 lets the server choose the name when the slug is missing or taken.
        String base = slug.map(s -> s + "-").orElse("");
        ResourcePath chosen = container.child(base + UUID.randomUUID(), asContainer);
        posting.add(chosen);
        return chosen;
    }

    private void answerWrite(Exchange exchange, WriteResult result) {
        ResourceInfo info = result.info();
        exchange.setHeader(Headers.ETAG, EntityTags.of(info, info.isRdf() ? RdfFormat.TURTLE : null));
        exchange.setHeader(Headers.LAST_MODIFIED, Conditions.formatDate(info.modified()));
        headers.describe(exchange, info);
        if (result.created()) {
            exchange.setHeader(Headers.LOCATION, info.path().iri(baseUrl));
            exchange.sendEmpty(201);
        } else {
            exchange.sendEmpty(204);
        }
    }

    private static void refuseWriteOnReserved(ResourcePath path) {
        if (path.isRoot() || isUnderWellKnown(path)) {
            throw ProblemException.methodNotAllowed(path + " is managed by the server and cannot be written.")
                    .withHeader(Headers.ALLOW, "OPTIONS, HEAD, GET");
        }
    }

    /** A pod's {@code .well-known/} holds what the server generates there (storage description, query endpoint). */
    private static boolean isUnderWellKnown(ResourcePath path) {
        String wellKnown = path.podRoot() + ".well-known";
        return path.toString().equals(wellKnown) || path.toString().startsWith(wellKnown + "/");
    }

    /**
     * Solid Protocol §5.2: a write without a Content-Type is refused; so is one whose Content-Type is not a media
     * type (RFC 9110 §8.3.1), which the server would otherwise store and send back as the resource's type.
     */
    private static String requireContentType(Exchange exchange) {
        String contentType = exchange.header(Headers.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            throw ProblemException.badRequest(exchange.contentLength() == 0
                    ? "The request has no Content-Type header: a write needs one even with an empty body, since it "
                    + "gives the resource its media type."
                    : "The request has a body but no Content-Type header.").with("header", Headers.CONTENT_TYPE);
        }
        String trimmed = contentType.trim();
        if (!MediaTypeSyntax.isMediaType(trimmed)) {
            throw ProblemException.badRequest("The Content-Type header '" + trimmed + "' is not a media type: "
                    + "RFC 9110 §8.3.1 wants type/subtype, optionally followed by parameters such as "
                    + "'; charset=utf-8'.").with("header", Headers.CONTENT_TYPE);
        }
        return trimmed;
    }

    private void checkDeclaredLength(Exchange exchange) {
        if (exchange.contentLength() > maxBodyBytes) {
            throw tooLarge(exchange.contentLength(), maxBodyBytes);
        }
        String encoding = exchange.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            throw ProblemException.unsupportedMediaType("The server does not decode request bodies in the "
                    + "Content-Encoding '" + encoding.trim() + "'; send the body as it is.");
        }
    }

    private long rdfLimit() {
        return Math.min(maxBodyBytes, MAX_RDF_BODY_BYTES);
    }

    private static ProblemException tooLarge(long length, long limit) {
        return ProblemException.of(413, "Content Too Large", "The body of " + length
                + " bytes is larger than the limit of " + limit + " bytes.").with("limit", limit);
    }

    private static Charset charset(String contentType) {
        String name = MimeTypes.getCharsetFromContentType(contentType);
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.unsupportedMediaType("The charset '" + name + "' is not supported.");
        }
    }
}
