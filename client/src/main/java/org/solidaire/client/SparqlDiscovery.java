// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.net.URI;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a pod's SPARQL endpoint: the {@code Link} of the pod root with {@code rel} void's {@code sparqlEndpoint},
 * else the well-known path below the pod root.
 */
final class SparqlDiscovery {

    /** The relation that advertises a SPARQL endpoint. */
    static final String SPARQL_ENDPOINT = "http://rdfs.org/ns/void#sparqlEndpoint";
    /** Where a pod's endpoint is when its root does not say. */
    static final String WELL_KNOWN = ".well-known/sparql";

    private static final Logger LOG = LoggerFactory.getLogger(SparqlDiscovery.class);

    private SparqlDiscovery() {
    }

    static URI endpoint(Transport transport, URI podRoot) {
        URI root = podRoot.getPath().endsWith("/") ? podRoot : URI.create(podRoot + "/");
        Optional<URI> advertised = advertised(transport, root);
        LOG.debug("SPARQL endpoint of {}: {}", root, advertised.map(uri -> uri + " (advertised)")
                .orElse(WELL_KNOWN + " (fallback)"));
        return advertised.orElseGet(() -> root.resolve(WELL_KNOWN));
    }

    /**
     * The endpoint the pod root's headers name. A caller who may not read the root (only some of its resources)
     * gets an error instead of the headers, and then uses the well-known path.
     */
    private static Optional<URI> advertised(Transport transport, URI root) {
        return Transport.links(transport.head(root).links(), root, SPARQL_ENDPOINT).stream().findFirst();
    }
}
