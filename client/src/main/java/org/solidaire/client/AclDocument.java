// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;

/**
 * The ACL document that decides access to a resource: the resource's own, or when it has none that of its nearest
 * ancestor container that has one, whose {@code acl:default} authorizations then apply.
 *
 * @see <a href="https://solidproject.org/TR/wac#effective-acl-resource">WAC §Effective ACL Resource</a>
 */
public final class AclDocument {

    private final URI resource;
    private final URI governed;
    private final URI uri;
    private final Graph graph;
    private final String etag;

    AclDocument(URI resource, URI governed, URI uri, Graph graph, String etag) {
        this.resource = requireNonNull(resource, "resource");
        this.governed = requireNonNull(governed, "governed");
        this.uri = requireNonNull(uri, "uri");
        this.graph = requireNonNull(graph, "graph");
        this.etag = etag;
    }

    /** The resource whose access was asked about. */
    public URI resource() {
        return resource;
    }

    /** The resource this ACL document belongs to: {@link #resource()} itself, or the ancestor it inherits from. */
    public URI governed() {
        return governed;
    }

    /** Whether the rules are inherited from an ancestor container, the resource having no ACL of its own. */
    public boolean inherited() {
        return !governed.equals(resource);
    }

    /** The ACL document's own URI. */
    public URI uri() {
        return uri;
    }

    /** The document's triples. */
    public Graph graph() {
        return graph;
    }

    /** The entity tag of the document as read. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    /**
     * The authorizations that apply to the resource: those with {@code acl:accessTo} it in its own ACL, or those
     * with {@code acl:default} the ancestor in an inherited one.
     */
    public List<AccessEntry> entries() {
        return AclRules.entries(graph, governed, inherited());
    }

    @Override
    public String toString() {
        return "AclDocument[" + uri + " for " + resource + (inherited() ? ", inherited from " + governed : "") + "]";
    }
}
