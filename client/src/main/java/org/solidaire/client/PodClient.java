// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;

/**
 * Reads and writes the resources of Solid pods as one session: RDF documents as Jena graphs, containers and
 * binaries, and through {@link #sparql(URI)} and {@link #accessControl()} a pod's query endpoint and its access
 * rules.
 *
 * <p>Every method sends its requests synchronously, each bounded by the client's timeout, and throws a
 * {@link SolidaireClientException} (of a subclass for the usual statuses) when the pod refuses or does not answer.
 * Instances are immutable and safe to share between threads.
 *
 * @see <a href="https://solidproject.org/TR/protocol">Solid Protocol</a>
 */
public interface PodClient {

    /** How long a request may take when the builder sets no timeout. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * A client for the session with the default timeout.
     *
     * @param session who the client acts for
     * @return the client
     */
    static PodClient of(PodSession session) {
        return builder().session(session).build();
    }

    /** A builder of a client: anonymous, with the default timeout and no {@code Origin}, unless told otherwise. */
    static Builder builder() {
        return new Builder();
    }

    /** The session this client acts for. */
    PodSession session();

    /**
     * Reads an RDF document (or a container's description, with its {@code ldp:contains} triples).
     *
     * @param document the document's URI
     * @return its triples and entity tag
     */
    RdfDocument read(URI document);

    /**
     * Creates or replaces an RDF document with a graph, sent as Turtle (PUT); missing containers on its path are
     * created on the way.
     *
     * @param document the document's URI
     * @param graph its new content
     * @param condition when the write may happen
     * @return the entity tag of the written state, when the server sent one
     */
    Optional<String> write(URI document, Graph graph, WriteCondition condition);

    /** Creates or replaces an RDF document whatever its state; see {@link #write(URI, Graph, WriteCondition)}. */
    default Optional<String> write(URI document, Graph graph) {
        return write(document, graph, WriteCondition.always());
    }

    /**
     * Adds triples to an RDF document, creating it when missing, with an N3 Patch that only inserts; the caller
     * needs Append (not Read nor Write).
     *
     * @param document the document's URI
     * @param triples the triples to add, without blank nodes
     * @return when the document last changed, by the server's clock ({@code Last-Modified}), when it says: before
     *     the append when the document already held every triple
     * @throws IllegalArgumentException if a triple holds a blank node: the server would mint a new node each time,
     *     so appending the same data twice would duplicate it
     */
    Optional<Instant> append(URI document, Graph triples);

    /**
     * Changes an RDF document with an N3 Patch that deletes triples and inserts others, when the document is in the
     * state the condition names; the caller needs Read and Write. The document must hold every triple to delete,
     * else the server changes nothing and answers 409 ({@link ConflictException}).
     *
     * @param document the document's URI
     * @param deletes the triples to delete, without blank nodes
     * @param inserts the triples to insert, without blank nodes
     * @param condition when the change may happen, such as {@link WriteCondition#ifMatch(String)} the state read
     * @return the entity tag of the changed state, when the server sent one
     * @throws IllegalArgumentException if a triple holds a blank node
     * @see <a href="https://solidproject.org/TR/protocol#n3-patch">Solid Protocol §5.3.1 N3 Patch</a>
     */
    Optional<String> patch(URI document, Graph deletes, Graph inserts, WriteCondition condition);

    /**
     * Creates an RDF document in a container (POST), named after the slug when the server can.
     *
     * @param container the container's URI, ending with {@code /}
     * @param slug the name asked for, or null to let the server choose
     * @param graph the document's content
     * @return the new document's URI
     */
    URI create(URI container, String slug, Graph graph);

    /**
     * Creates an empty container in a container (POST with an LDP BasicContainer type).
     *
     * @param parent the parent container's URI
     * @param slug the name asked for, or null to let the server choose
     * @return the new container's URI, ending with {@code /}
     */
    URI createContainer(URI parent, String slug);

    /**
     * The members of a container, from its {@code ldp:contains} triples.
     *
     * @param container the container's URI, ending with {@code /}
     * @return the members' URIs, sorted; a member container's ends with {@code /}
     */
    List<URI> list(URI container);

    /**
     * Deletes a resource; a container must be empty (else {@link ConflictException}).
     *
     * @param resource the resource's URI
     */
    void delete(URI resource);

    /**
     * Deletes a container with everything in it, members first. It stops at the first failure, having deleted
     * what came before.
     *
     * @param container the container's URI, ending with {@code /}
     */
    void deleteRecursively(URI container);

    /**
     * Reads a resource as bytes, whatever its media type.
     *
     * @param resource the resource's URI
     * @return its bytes, media type and entity tag
     */
    BinaryResource readBinary(URI resource);

    /**
     * Creates or replaces a resource with bytes stored as they are (PUT).
     *
     * @param resource the resource's URI
     * @param content the bytes
     * @param mediaType their media type, such as {@code image/png}
     * @param condition when the write may happen
     * @return the entity tag of the written state, when the server sent one
     */
    Optional<String> writeBinary(URI resource, byte[] content, String mediaType, WriteCondition condition);

    /**
     * Creates a resource of bytes in a container (POST).
     *
     * @param container the container's URI
     * @param slug the name asked for, or null to let the server choose
     * @param content the bytes
     * @param mediaType their media type
     * @return the new resource's URI
     */
    URI createBinary(URI container, String slug, byte[] content, String mediaType);

    /**
     * The SPARQL endpoint of a pod, as the pod root advertises it ({@code Link} with
     * {@code rel="http://rdfs.org/ns/void#sparqlEndpoint"}), else at {@code <pod root>.well-known/sparql}.
     *
     * @param podRoot the pod's root container, such as {@code http://127.0.0.1:8080/alice/}
     * @return the endpoint
     */
    SparqlEndpoint sparql(URI podRoot);

    /**
     * The storage (pod) a resource is in, as its server describes it: the resource itself when a HEAD gives it the
     * type {@code pim:Storage}, else the storage its storage description names. It needs no access to the
     * resource: an agent that may only append to a container of the pod learns it too.
     *
     * @param resource any resource, such as a URL given as a pod root
     * @return the storage, empty when the server describes none
     * @see <a href="https://solidproject.org/TR/protocol#storage-resource">Solid Protocol §4.1 Storage</a>
     */
    Optional<Storage> storage(URI resource);

    /** The Web Access Control rules of resources, read and changed as this client's session. */
    AccessControl accessControl();

    /** Builds a {@link PodClient}. */
    final class Builder {

        private PodSession session = PodSession.anonymous();
        private Duration timeout = DEFAULT_TIMEOUT;
        private String origin;

        private Builder() {
        }

        /** Who the client acts for; anonymous unless set. */
        public Builder session(PodSession value) {
            this.session = requireNonNull(value, "session");
            return this;
        }

        /** How long each request may take, connecting and reading included. */
        public Builder timeout(Duration value) {
            requireNonNull(value, "timeout");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("The timeout must be positive, not " + value);
            }
            this.timeout = value;
            return this;
        }

        /**
         * The {@code Origin} header to send on every request, as a web app's back end acting for that app does;
         * authorizations restricted by {@code acl:origin} then apply to it.
         *
         * @param value an origin such as {@code https://app.example}
         * @return this builder
         */
        public Builder origin(String value) {
            this.origin = Origins.normalize(requireNonNull(value, "origin"));
            return this;
        }

        /** The client. */
        public PodClient build() {
            return new HttpPodClient(session, timeout, Optional.ofNullable(origin));
        }
    }
}
