// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access.wac;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.access.AccessMode;
import org.solidaire.server.access.Agent;
import org.solidaire.server.access.AuthorizationEngine;
import org.solidaire.server.access.PodOwners;
import org.solidaire.server.store.Change;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.vocab.ACL;

/**
 * Web Access Control over the pods of a store.
 *
 * <p>The effective ACL of a resource is its own ACL resource, whose authorizations apply through
 * {@code acl:accessTo}, or failing that the nearest ancestor container's, whose authorizations apply through
 * {@code acl:default}; rules of different levels are never merged. An ACL resource is governed by
 * {@code acl:Control} on its resource, a description resource by the modes on its resource. The pod owner
 * always has Control. Groups are read from vCard group documents in this server's pods; a group elsewhere
 * grants nothing, since deciding never fetches anything.
 *
 * <p>ACL documents, groups and decisions are cached. Every committed change of an ACL or of a group document
 * in use starts a new generation of decisions, so no decision outlives the rules it was made from.
 *
 * @see <a href="https://solidproject.org/TR/wac">Web Access Control</a>
 */
public final class WacEngine implements AuthorizationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(WacEngine.class);
    private static final String FOAF_AGENT = "http://xmlns.com/foaf/0.1/Agent";
    private static final Node VCARD_HAS_MEMBER = NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasMember");
    private static final Set<AccessMode> ALL = EnumSet.allOf(AccessMode.class);

    private final ResourceStore store;
    private final String baseUrl;
    private final PodOwners owners;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<ResourcePath, Optional<AclDocument>> acls = Caffeine.newBuilder().maximumSize(50_000).build();
    private final Cache<ResourcePath, Graph> groups = Caffeine.newBuilder().maximumSize(10_000).build();
    /**
     * Every group document a decision has read, whether its graph is still cached or not: a cached decision may rest
     * on a group whose graph the cache has since let go, and a change to it must still clear the decisions.
     */
    private final Set<ResourcePath> consultedGroups = ConcurrentHashMap.newKeySet();
    private final Cache<DecisionKey, Set<AccessMode>> decisions =
            Caffeine.newBuilder().maximumSize(200_000).build();

    private record DecisionKey(long generation, Optional<String> webId, Optional<String> clientId,
            Optional<String> origin, ResourcePath resource) {
    }

    /** Where a resource's rules come from: an ACL document, and whether it is the resource's own. */
    private record EffectiveAcl(ResourcePath aclPath, AclDocument document, boolean own) {
    }

    /**
     * An engine over a store, which it watches for changes of rules.
     *
     * @param store where resources, ACL resources and group documents live
     * @param baseUrl the public base URL, which prefixes every resource IRI
     * @param owners who owns each pod
     */
    public WacEngine(ResourceStore store, String baseUrl, PodOwners owners) {
        this.store = requireNonNull(store, "store");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
        this.owners = requireNonNull(owners, "owners");
        store.onChange(this::changed);
    }

    /**
     * Whether rules, read as the engine reads an ACL document, give someone Control of a resource through its own
     * ACL.
     *
     * @param acl the rules
     * @param resourceIri the resource they are the ACL of
     * @return true when an authorization covering the resource grants Control to an agent, class or group
     */
    public static boolean givesControl(Graph acl, String resourceIri) {
        return AclDocument.parse(acl).givesControlOf(resourceIri);
    }

    @Override
    public Set<AccessMode> modes(Agent agent, ResourcePath resource) {
        if (resource.isRoot()) {
            return Set.of();
        }
        if (resource.isAuxiliary()) {
            ResourcePath subject = resource.subject().orElseThrow();
            if (resource.isAcl()) {
                // WAC §5.4: reading or writing an ACL resource needs Control of its resource, not Write.
                return modes(agent, subject).contains(AccessMode.CONTROL) ? ALL : Set.of();
            }
            return modes(agent, subject);
        }
        DecisionKey key = new DecisionKey(generation.get(), agent.webId(), agent.clientId(), agent.origin(),
                resource);
        return decisions.get(key, k -> decide(agent, resource));
    }

    @Override
    public long generation() {
        return generation.get();
    }

    private Set<AccessMode> decide(Agent agent, ResourcePath resource) {
        EnumSet<AccessMode> granted = EnumSet.noneOf(AccessMode.class);
        Optional<EffectiveAcl> acl = effectiveAcl(resource);
        String iri = resource.iri(baseUrl);
        acl.ifPresent(found -> {
            String covered = found.own() ? iri : found.aclPath().subject().orElseThrow().iri(baseUrl);
            for (Authorization authorization : found.document().authorizations()) {
                if (authorization.covers(covered, found.own()) && appliesTo(authorization, agent)) {
                    granted.addAll(authorization.modes());
                }
            }
        });
        if (isOwner(agent, resource)) {
            granted.add(AccessMode.CONTROL);
        }
        Set<AccessMode> result = AccessMode.closure(granted);
        LOG.debug("{} (client {}, origin {}) has {} on {} by {}", agent.webId().orElse("anonymous"),
                agent.clientId().orElse("-"), agent.origin().orElse("-"), result, resource,
                acl.map(a -> a.aclPath().toString()).orElse("no ACL"));
        return Set.copyOf(result);
    }

    private boolean isOwner(Agent agent, ResourcePath resource) {
        return agent.webId().isPresent() && resource.pod().flatMap(owners::ownerOf)
                .filter(owner -> owner.equals(agent.webId().get())).isPresent();
    }

    /**
     * The nearest ACL document from the resource up to its pod root (WAC §6 ACL Resource Discovery). A resource that
     * does not exist has no ACL resource (none can be created for it, and deleting a resource deletes its own), so
     * a request about a new resource looks its ACL up in the store only if the resource is there; the store knows
     * that from its cache of resource metadata, which the request's handler consults next anyway.
     */
    private Optional<EffectiveAcl> effectiveAcl(ResourcePath resource) {
        for (ResourcePath level = resource; level != null && !level.isRoot(); level = level.parent().orElse(null)) {
            if (level == resource && store.info(resource).isEmpty()) {
                continue;
            }
            ResourcePath aclPath = level.auxiliary(ResourcePath.ACL_SUFFIX);
            Optional<AclDocument> document = acls.get(aclPath, this::load);
            if (document.isPresent()) {
                return Optional.of(new EffectiveAcl(aclPath, document.get(), level.equals(resource)));
            }
        }
        return Optional.empty();
    }

    private Optional<AclDocument> load(ResourcePath aclPath) {
        if (store.info(aclPath).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AclDocument.parse(store.graph(aclPath)));
    }

    private boolean appliesTo(Authorization authorization, Agent agent) {
        if (!authorization.origins().isEmpty() && agent.origin().isPresent()
                && !authorization.origins().contains(agent.origin().get())) {
            return false;
        }
        if (authorization.agentClasses().contains(FOAF_AGENT)) {
            return true;
        }
        if (agent.webId().isEmpty()) {
            return false;
        }
        String webId = agent.webId().get();
        return authorization.agentClasses().contains(ACL.AuthenticatedAgent.getURI())
                || authorization.agents().contains(webId)
                || authorization.groups().stream().anyMatch(group -> isMember(group, webId));
    }

    private boolean isMember(String groupIri, String webId) {
        Optional<ResourcePath> document = ResourcePath.ofIri(groupIri, baseUrl);
        if (document.isEmpty()) {
            LOG.debug("Group {} is not in this server's pods and grants nothing", groupIri);
            return false;
        }
        consultedGroups.add(document.get());
        Graph graph = groups.get(document.get(), path -> store.info(path).isPresent() ? store.graph(path)
                : org.apache.jena.sparql.graph.GraphFactory.createGraphMem());
        return graph.contains(NodeFactory.createURI(groupIri), VCARD_HAS_MEMBER, NodeFactory.createURI(webId));
    }

    private void changed(Change change) {
        ResourcePath path = change.path();
        boolean acl = path.isAcl();
        if (acl || consultedGroups.contains(path)) {
            acls.invalidate(path);
            groups.invalidate(path);
            generation.incrementAndGet();
            decisions.invalidateAll();
        }
    }
}
