// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.util.Optional;
import java.util.Set;

import org.solidaire.server.access.AccessMode;
import org.solidaire.server.access.Agent;
import org.solidaire.server.access.AuthorizationEngine;
import org.solidaire.server.auth.RequestAuthenticator;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;

/**
 * The modes each method needs (Solid Protocol §5 and WAC §5), asked of the authorization engine before anything
 * else, so that a refusal never depends on, and never reveals, whether the resource exists.
 */
final class AccessGuard {

    private final AuthorizationEngine engine;
    private final ResourceStore store;
    private final String baseUrl;

    AccessGuard(AuthorizationEngine engine, ResourceStore store, String baseUrl) {
        this.engine = engine;
        this.store = store;
        this.baseUrl = baseUrl;
    }

    /** Refuses the request unless its agent has the mode on the resource: 401 without credentials, else 403. */
    void require(Exchange exchange, ResourcePath resource, AccessMode mode) {
        if (!engine.allows(exchange.agent(), resource, mode)) {
            throw denial(exchange, resource, mode);
        }
    }

    private ProblemException denial(Exchange exchange, ResourcePath resource, AccessMode mode) {
        String needed = needed(resource, mode);
        if (!exchange.agent().isAuthenticated()) {
            return ProblemException.of(401, "Unauthorized", "This request needs " + needed
                    + "; authenticate to get it.").withHeader("WWW-Authenticate", RequestAuthenticator.CHALLENGE);
        }
        return ProblemException.of(403, "Forbidden", exchange.agent().webId().orElseThrow() + " does not have "
                + needed + ".");
    }

    /** What the refused agent lacks: for an ACL resource, whatever the method, Control of the resource it governs. */
    private String needed(ResourcePath resource, AccessMode mode) {
        if (resource.isAcl()) {
            // WAC §5.4: the engine decides on an ACL resource by Control of its subject, so the message names that.
            return "Control access to " + resource.subject().orElseThrow().iri(baseUrl) + ", whose ACL is "
                    + resource.iri(baseUrl);
        }
        return name(mode) + " access to " + resource.iri(baseUrl);
    }

    /**
     * The problem to answer instead of one that would tell an agent without Read what it may not know: that a
     * resource does not exist (404) or what a container holds (409). Such an agent gets the refusal it would get
     * for reading.
     */
    ProblemException concealed(Exchange exchange, ProblemException problem) {
        boolean revealing = problem.status() == 404 || problem.status() == 409;
        ResourcePath target = exchange.path();
        if (!revealing || target.isRoot() || engine.allows(exchange.agent(), target, AccessMode.READ)) {
            return problem;
        }
        return denial(exchange, target, AccessMode.READ);
    }

    /** Creating a resource adds a member to the nearest existing container, which needs Append there. */
    void requireCreation(Exchange exchange, ResourcePath resource) {
        if (resource.isAuxiliary() || resource.isPodRoot()) {
            return;
        }
        Optional<ResourcePath> container = resource.parent();
        while (container.isPresent() && !container.get().isPodRoot() && store.info(container.get()).isEmpty()) {
            container = container.get().parent();
        }
        container.ifPresent(c -> require(exchange, c, AccessMode.APPEND));
    }

    /** The {@code WAC-Allow} header: the modes of the requesting agent and of the public on the resource. */
    String wacAllow(Exchange exchange, ResourcePath resource) {
        Set<AccessMode> user = engine.modes(exchange.agent(), resource);
        Agent anonymous = Agent.anonymous(exchange.agent().origin());
        Set<AccessMode> everyone = exchange.agent().isAuthenticated() ? engine.modes(anonymous, resource) : user;
        return "user=\"" + AccessMode.wacAllowValue(user) + "\",public=\"" + AccessMode.wacAllowValue(everyone) + "\"";
    }

    private static String name(AccessMode mode) {
        return mode.name().charAt(0) + mode.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
