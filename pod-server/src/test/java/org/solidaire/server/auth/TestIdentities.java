// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/** The WebIDs and issuer of a pod server at {@link AuthFixture#BASE}, held in memory. */
final class TestIdentities implements LocalIdentities {

    private final Map<String, Set<String>> profiles = new ConcurrentHashMap<>();

    /** Hosts a WebID whose profile lists the issuers. */
    TestIdentities host(String webId, String... issuers) {
        profiles.put(webId, Set.of(issuers));
        return this;
    }

    @Override
    public Optional<Set<String>> issuersOf(String webId) {
        if (webId.startsWith(AuthFixture.BASE)) {
            return Optional.of(profiles.getOrDefault(webId, Set.of()));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> ownIssuer() {
        return Optional.of(AuthFixture.OWN_ISSUER);
    }

    @Override
    public JWKSet ownPublicKeys() {
        return new JWKSet(List.<JWK>of(AuthFixture.OWN_KEY.toPublicJWK()));
    }
}
