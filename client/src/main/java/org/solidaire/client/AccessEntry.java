// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.net.URI;
import java.util.Set;

/**
 * One authorization of an ACL document that applies to a resource: who (agents by WebID, classes of agents,
 * groups), from which app origins if restricted, may do what.
 *
 * @param authorization the authorization's IRI, or a blank node's label
 * @param agents the WebIDs named by {@code acl:agent}
 * @param agentClasses the classes named by {@code acl:agentClass}, such as {@code foaf:Agent} (everyone)
 * @param agentGroups the groups named by {@code acl:agentGroup}
 * @param origins the app origins named by {@code acl:origin}; empty when the authorization is not restricted
 * @param modes the modes granted
 */
public record AccessEntry(String authorization, Set<URI> agents, Set<URI> agentClasses, Set<URI> agentGroups,
        Set<String> origins, Set<AccessMode> modes) {

    /** Copies the sets, so that an entry never changes. */
    public AccessEntry {
        agents = Set.copyOf(agents);
        agentClasses = Set.copyOf(agentClasses);
        agentGroups = Set.copyOf(agentGroups);
        origins = Set.copyOf(origins);
        modes = Set.copyOf(modes);
    }
}
