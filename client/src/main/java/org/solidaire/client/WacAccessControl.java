// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import com.inrupt.client.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link AccessControl} by reading and writing ACL documents over HTTP. */
final class WacAccessControl implements AccessControl {

    private static final Logger LOG = LoggerFactory.getLogger(WacAccessControl.class);
    /** How many times a change is tried when the ACL document keeps changing under it. */
    private static final int ATTEMPTS = 3;

    private final PodClient client;
    private final Transport transport;

    WacAccessControl(PodClient client, Transport transport) {
        this.client = client;
        this.transport = transport;
    }

    @Override
    public AclDocument effectiveAcl(URI resource) {
        URI current = requireNonNull(resource, "resource");
        while (true) {
            URI acl = aclOf(current);
            Optional<RdfDocument> document = readIfPresent(acl);
            if (document.isPresent()) {
                return new AclDocument(resource, current, acl, document.get().graph(),
                        document.get().etag().orElse(null));
            }
            URI here = current;
            current = parent(current).orElseThrow(() -> new IllegalStateException("No ACL document governs "
                    + resource + ": neither it nor any container above it up to " + here + " has one."));
        }
    }

    @Override
    public List<AccessEntry> whoHasAccess(URI resource) {
        return effectiveAcl(resource).entries();
    }

    @Override
    public void grant(URI container, URI agent, Set<AccessMode> modes) {
        grant(container, agent, Optional.empty(), modes);
    }

    @Override
    public void grant(URI container, URI agent, String origin, Set<AccessMode> modes) {
        grant(container, agent, Optional.of(Origins.normalize(requireNonNull(origin, "origin"))), modes);
    }

    @Override
    public boolean revoke(URI container, URI agent) {
        requireNonNull(agent, "agent");
        if (client.session().webId().filter(agent::equals).isPresent()) {
            throw new IllegalArgumentException("Refusing to revoke the access of " + agent + " to " + container
                    + ": it is this session's own agent, which must keep Control.");
        }
        return change(container, (graph, acl) -> AclRules.revoke(graph, acl, agent, Optional.empty()));
    }

    @Override
    public boolean revoke(URI container, URI agent, String origin) {
        requireNonNull(agent, "agent");
        String from = Origins.normalize(requireNonNull(origin, "origin"));
        return change(container, (graph, acl) -> AclRules.revoke(graph, acl, agent, Optional.of(from)));
    }

    private void grant(URI container, URI agent, Optional<String> origin, Set<AccessMode> modes) {
        requireNonNull(agent, "agent");
        if (requireNonNull(modes, "modes").isEmpty()) {
            throw new IllegalArgumentException("A grant needs at least one access mode.");
        }
        change(container, (graph, acl) -> {
            AclRules.grant(graph, acl, container, agent, origin, modes);
            return true;
        });
    }

    /**
     * Reads the container's ACL (or the inherited one), applies the edit, and writes it back if nobody changed it
     * meanwhile; else starts again from the new state. An edit that finds nothing to change writes nothing.
     *
     * @return whether the edit changed something
     */
    private boolean change(URI container, AclEdit edit) {
        requireNonNull(container, "container");
        Optional<URI> editor = client.session().webId();
        for (int attempt = 1; ; attempt++) {
            AclDocument current = effectiveAcl(container);
            URI own = current.inherited() ? aclOf(container) : current.uri();
            Graph graph = current.inherited()
                    ? AclRules.adopt(current.graph(), current.governed(), container, own) : copy(current.graph());
            if (!edit.apply(graph, own)) {
                return false;
            }
            editor.ifPresent(agent -> AclRules.keepControl(graph, own, container, agent));
            WriteCondition condition = current.inherited() ? WriteCondition.ifAbsent()
                    : current.etag().map(WriteCondition::ifMatch).orElse(WriteCondition.always());
            try {
                client.write(own, graph, condition);
                return true;
            } catch (PreconditionFailedException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.debug("The ACL {} changed while being edited; attempt {} of {}", own, attempt + 1, ATTEMPTS);
            }
        }
    }

    /**
     * The ACL document of a resource, which the resource's {@code Link rel="acl"} names (WAC §ACL Resource); a
     * missing resource names it too, as the ACL it would have.
     */
    private URI aclOf(URI resource) {
        List<String> links;
        try {
            Response<byte[]> head = transport.send(transport.request(resource).HEAD().build());
            links = head.headers().allValues("Link");
        } catch (NotFoundException e) {
            links = e.headers().getOrDefault("Link", List.of());
        } catch (SolidaireClientException e) {
            throw transport.withProblemDetails(e);
        }
        return Transport.links(links, resource, "acl").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(resource + " names no ACL document (Link rel=acl)."));
    }

    private Optional<RdfDocument> readIfPresent(URI document) {
        try {
            return Optional.of(client.read(document));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The container of a resource: the path up to its last {@code /} but one; empty for the server root. */
    static Optional<URI> parent(URI resource) {
        String path = resource.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return Optional.empty();
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return Optional.of(resource.resolve(trimmed.substring(0, trimmed.lastIndexOf('/') + 1)));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** A change to an ACL document's graph, given the document's URI; false when it found nothing to change. */
    @FunctionalInterface
    private interface AclEdit {
        boolean apply(Graph graph, URI acl);
    }
}
