// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The Web Access Control rules of a pod's containers, read and changed by their owner (or anyone with Control).
 *
 * <p>A grant or revocation reads the container's ACL document, changes it and writes it back only if nobody
 * changed it meanwhile ({@code If-Match}); on a concurrent change it starts again from the new state, so that
 * neither change is lost. A container without an ACL of its own inherits its ancestor's rules; the first change
 * gives it its own ACL that starts as a copy of the inherited rules, since WAC never merges the two.
 *
 * <p>A grant or revocation never takes Control away from the session's own agent: revoking it is refused, and a
 * changed ACL always keeps an authorization that gives it Control.
 *
 * @see <a href="https://solidproject.org/TR/wac">Web Access Control</a>
 */
public interface AccessControl {

    /**
     * Reads the ACL document that decides access to a resource, following its {@code Link rel="acl"} and, when it
     * has none of its own, its ancestors'.
     *
     * @param resource the resource's URI
     * @return the effective ACL document
     */
    AclDocument effectiveAcl(URI resource);

    /**
     * Who may do what on a resource, from its effective ACL.
     *
     * @param resource the resource's URI
     * @return the authorizations that apply to it
     */
    List<AccessEntry> whoHasAccess(URI resource);

    /**
     * Gives an agent modes on a container and everything in it ({@code acl:accessTo} and {@code acl:default}),
     * from any app; modes the agent already had are kept.
     *
     * @param container the container's URI
     * @param agent the agent's WebID
     * @param modes the modes to give
     */
    void grant(URI container, URI agent, Set<AccessMode> modes);

    /**
     * Gives an agent modes on a container and everything in it, when the agent uses the app of one origin
     * ({@code acl:origin}).
     *
     * @param container the container's URI
     * @param agent the agent's WebID
     * @param origin the app's origin, such as {@code https://app.example}
     * @param modes the modes to give
     */
    void grant(URI container, URI agent, String origin, Set<AccessMode> modes);

    /**
     * Takes every authorization of an agent away on a container (the agent stays in authorizations that name it
     * by class or group, such as public ones).
     *
     * @param container the container's URI
     * @param agent the agent's WebID
     * @return whether an authorization named the agent; when none did, nothing is written
     * @throws IllegalArgumentException if the agent is the session's own
     */
    boolean revoke(URI container, URI agent);

    /**
     * Takes away the authorizations an agent has on a container through the app of one origin. Authorizations not
     * restricted by origin stay: WAC cannot say "every app but one".
     *
     * @param container the container's URI
     * @param agent the agent's WebID
     * @param origin the app's origin
     * @return whether an authorization named the agent through that origin; when none did, nothing is written
     */
    boolean revoke(URI container, URI agent, String origin);
}
