// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access;

import java.util.Set;

import org.solidaire.server.store.ResourcePath;

/**
 * The one decision about access that every entry point asks: which modes an agent, using a client application
 * from an origin, has on a resource. WAC rules and the pod owner's implicit control feed it; nothing else
 * decides access.
 *
 * <p>Decisions depend only on the rules that apply to the path, never on whether the resource exists, so a
 * refusal cannot reveal existence. No decision fetches anything over the network.
 */
public interface AuthorizationEngine {

    /**
     * The modes the agent has on the resource.
     *
     * @param agent who asks
     * @param resource the resource, which need not exist
     * @return the modes granted, possibly none
     */
    Set<AccessMode> modes(Agent agent, ResourcePath resource);

    /** Whether the agent has the mode on the resource. */
    default boolean allows(Agent agent, ResourcePath resource, AccessMode mode) {
        return modes(agent, resource).contains(mode);
    }

    /**
     * A number that changes whenever any decision may have changed, because a rule or a group changed: what a
     * caller derives from decisions stays valid while the number stays the same.
     */
    long generation();
}
