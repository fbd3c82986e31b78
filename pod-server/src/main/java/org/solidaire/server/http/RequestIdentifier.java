// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.net.URI;
import java.util.Optional;

import org.solidaire.server.access.Agent;

/**
 * Establishes who makes a request from its credentials, or refuses them.
 */
@FunctionalInterface
public interface RequestIdentifier {

    /** Every request is anonymous: for a server that verifies no credentials. */
    RequestIdentifier ANONYMOUS = (method, url, authorization, dpop, origin) -> Agent.anonymous(origin);

    /**
     * The agent behind a request.
     *
     * @param method the request method
     * @param publicUrl the public URL of the request, under the configured base URL
     * @param authorization the {@code Authorization} header, or null
     * @param dpop the {@code DPoP} header, or null
     * @param origin the {@code Origin} header, if any
     * @return the agent, anonymous when there are no credentials
     * @throws org.solidaire.server.problem.ProblemException 401 when credentials are given but fail a check
     */
    Agent identify(String method, URI publicUrl, String authorization, String dpop, Optional<String> origin);
}
