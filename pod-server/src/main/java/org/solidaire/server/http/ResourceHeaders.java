// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import org.solidaire.server.patch.Patches;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.PIM;
import org.solidaire.vocab.SOLID;

/**
 * The headers that describe a resource on every response about it: {@code Link} (types, ACL, description,
 * storage description), {@code Allow} and the {@code Accept-*} headers, and {@code WAC-Allow}.
 *
 * @see <a href="https://solidproject.org/TR/protocol#resources">Solid Protocol §4 Resources</a>
 */
final class ResourceHeaders {

    /** The storage description of each pod, a virtual read-only document below the pod root. */
    static final String STORAGE_DESCRIPTION = ".well-known/solid";

    private final String baseUrl;
    private final AccessGuard guard;

    ResourceHeaders(String baseUrl, AccessGuard guard) {
        this.baseUrl = baseUrl;
        this.guard = guard;
    }

    /** Adds the headers for an existing resource. */
    void describe(Exchange exchange, ResourceInfo info) {
        ResourcePath path = info.path();
        link(exchange, LDP.Resource.getURI(), "type");
        if (info.kind() == Kind.CONTAINER) {
            link(exchange, LDP.Container.getURI(), "type");
            link(exchange, LDP.BasicContainer.getURI(), "type");
        } else if (info.kind() == Kind.RDF) {
            link(exchange, LDP.RDFSource.getURI(), "type");
        } else {
            link(exchange, LDP.NonRDFSource.getURI(), "type");
        }
        if (path.isPodRoot()) {
            link(exchange, PIM.Storage.getURI(), "type");
            link(exchange, path.iri(baseUrl) + SparqlHandler.PATH, SparqlHandler.VOID_SPARQL_ENDPOINT);
        }
        auxiliaryLinks(exchange, path);
        allow(exchange, path, true, info.kind() != Kind.BINARY);
    }

    /** Adds the headers for a resource that does not exist yet: what may be done to create it. */
    void describeMissing(Exchange exchange, ResourcePath path) {
        auxiliaryLinks(exchange, path);
        allow(exchange, path, false);
    }

    private void auxiliaryLinks(Exchange exchange, ResourcePath path) {
        if (!path.isAuxiliary() && !path.isRoot()) {
            link(exchange, path.auxiliary(ResourcePath.ACL_SUFFIX).iri(baseUrl), "acl");
            link(exchange, path.auxiliary(ResourcePath.META_SUFFIX).iri(baseUrl), "describedby");
        }
        if (!path.isRoot()) {
            link(exchange, path.podRoot().iri(baseUrl) + STORAGE_DESCRIPTION, SOLID.storageDescription.getURI());
        }
        if (!path.isRoot()) {
            exchange.setHeader(Headers.WAC_ALLOW, guard.wacAllow(exchange, path));
        }
    }

    /** {@code Allow} and the {@code Accept-*} headers (Solid Protocol §5.1, LDP §4.2.7). */
    static void allow(Exchange exchange, ResourcePath path, boolean exists) {
        allow(exchange, path, exists, true);
    }

    /**
     * {@code Allow} and the {@code Accept-*} headers, for a resource that PATCH can change or not: patches apply to
     * RDF, so a binary resource offers neither PATCH nor {@code Accept-Patch} (RFC 5789 §3.1).
     */
    static void allow(Exchange exchange, ResourcePath path, boolean exists, boolean patchable) {
        StringBuilder allow = new StringBuilder("OPTIONS, HEAD, GET");
        if (!path.isRoot()) {
            allow.append(patchable ? ", PUT, PATCH" : ", PUT");
            if (patchable) {
                exchange.setHeader(Headers.ACCEPT_PATCH, Patches.ACCEPT_PATCH);
            }
            exchange.setHeader(Headers.ACCEPT_PUT, path.isContainer() || path.isAuxiliary()
                    ? Headers.RDF_TYPES : "*/*");
        }
        if (path.isContainer() && !path.isRoot()) {
            allow.append(", POST");
            exchange.setHeader(Headers.ACCEPT_POST, "*/*");
        }
        if (exists && !path.isRoot() && !path.isPodRoot()) {
            allow.append(", DELETE");
        }
        exchange.setHeader(Headers.ALLOW, allow.toString());
    }

    private static void link(Exchange exchange, String target, String rel) {
        exchange.addHeader(Headers.LINK, "<" + target + ">; rel=\"" + rel + "\"");
    }
}
