// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The storage of all pods: every resource is a named graph (RDF) or bytes, each with server-managed metadata. An
 * RDF document may also carry named graphs of its own (JSON-LD can send them), kept with it and only with it.
 *
 * <p>Every write is atomic and isolated: a reader sees the old or the new state of the resource, its auxiliary
 * resources and its container's listing, never a mix, and a crash leaves one of the two. Preconditions are
 * checked inside the write. Implementations are thread-safe.
 *
 * <p>The store enforces the shape of the tree: a write creates the missing containers above the resource,
 * refuses a resource whose name is taken by its twin ({@code /a} against {@code /a/}) or whose ancestor is a
 * document, an auxiliary resource whose subject does not exist, and named graphs in a container or an auxiliary
 * resource, whose one graph is what the server reads.
 */
public interface ResourceStore extends AutoCloseable {

    /** What is known of the resource, or empty when it does not exist. */
    Optional<ResourceInfo> info(ResourcePath path);

    /**
     * The triples of an RDF document, a container (without its containment triples) or an auxiliary resource,
     * as a graph the caller owns; empty when it holds none.
     */
    Graph graph(ResourcePath path);

    /**
     * Runs a reader over the triples of an RDF resource as stored (without its containment triples), read in place
     * rather than copied: for a document too large to copy. The graph is read-only, one consistent state, and valid
     * only while the reader runs.
     *
     * @param path the resource
     * @param reader what to do with its triples; it must not change them
     * @return what the reader returns
     */
    <T> T readGraph(ResourcePath path, Function<Graph, T> reader);

    /**
     * The named graphs of an RDF document, each by its name in the document, as graphs the caller owns; empty for
     * a document that has none, as most have. They are the document's alone: no query over resources sees them.
     */
    Map<Node, Graph> namedGraphs(ResourcePath path);

    /** The members of a container, each as it is now, in path order; empty when it has none. */
    List<ResourceInfo> members(ResourcePath container);

    /**
     * Opens the bytes of a binary resource.
     *
     * @return a reader, or empty when no binary exists at the path
     */
    Optional<BinaryReader> openBinary(ResourcePath path) throws IOException;

    /**
     * Receives a binary body into the store's staging area before the write that will use it, so that no lock is
     * held while a client sends it.
     *
     * @param body the body, read to its end
     * @param maxBytes the largest body accepted
     * @throws org.solidaire.server.problem.ProblemException 413 when the body is larger
     */
    StagedBytes stage(InputStream body, long maxBytes) throws IOException;

    /** Creates or replaces a document, a container's own triples or an auxiliary resource. */
    WriteResult put(ResourcePath path, Content content, Precondition precondition);

    /**
     * Creates a member of a container, as POST does: the container's precondition is checked against the
     * container's current state inside the same write as the member's, so that two writers racing on the same
     * state of the container cannot both add a member.
     *
     * @param container the container, where the request's conditions apply (RFC 9110 §13)
     * @param ofContainer the request's conditions
     * @param member the new member, in the container
     * @param ofMember what the member's current state must be, such as absent
     */
    WriteResult post(ResourcePath container, Precondition ofContainer, ResourcePath member, Content content,
            Precondition ofMember);

    /**
     * Changes the triples of an RDF resource in place, creating it (as an empty document) when missing.
     *
     * @param change receives a copy of the current triples and returns the new ones, or throws to change nothing
     */
    WriteResult patch(ResourcePath path, Precondition precondition, UnaryOperator<Graph> change);

    /** Deletes a resource and its auxiliary resources; a container must be empty. */
    void delete(ResourcePath path, Precondition precondition);

    /**
     * Runs a reader over one consistent state of the stored triples of a pod, as a dataset in which the triples of
     * each RDF resource form the named graph named by the resource's IRI. The dataset may hold other pods too; graphs
     * of other names are the store's own bookkeeping: the reader must show them to no one. The dataset is valid only
     * while the reader runs.
     *
     * @param within a resource of the pod to read, such as its root
     * @param reader what to do with the dataset; it must not change it
     * @return what the reader returns
     */
    <T> T read(ResourcePath within, Function<DatasetGraph, T> reader);

    /**
     * Rewrites the database without the space that replaced and deleted data leave behind. Reads go on meanwhile;
     * writes wait until it ends, which for a large store may take minutes.
     *
     * @return the sizes before and after
     */
    Compaction compact();

    /** Registers a listener called after each committed write, once per changed resource, on the writer's thread. */
    void onChange(Consumer<Change> listener);

    @Override
    void close();
}
