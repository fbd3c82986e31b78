// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access.wac;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.solidaire.server.access.AccessMode;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.vocab.ACL;

/**
 * One authorization of an ACL document: whom it names, which resources it covers and which modes it grants.
 *
 * @see <a href="https://solidproject.org/TR/wac#authorization-rule">WAC §4 Authorization</a>
 */
record Authorization(Set<String> agents, Set<String> agentClasses, Set<String> groups, Set<String> origins,
        Set<String> accessTo, Set<String> defaults, Set<AccessMode> modes) {

    /** Reads the authorization whose subject is the given node. */
    static Authorization read(Graph acl, Node subject) {
        Set<String> agents = new HashSet<>();
        Set<String> classes = new HashSet<>();
        Set<String> groups = new HashSet<>();
        Set<String> origins = new HashSet<>();
        Set<String> accessTo = new HashSet<>();
        Set<String> defaults = new HashSet<>();
        Set<AccessMode> modes = EnumSet.noneOf(AccessMode.class);
        for (Triple t : acl.find(subject, Node.ANY, Node.ANY).toList()) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (!o.isURI()) {
                continue;
            }
            if (p.equals(ACL.agent)) {
                agents.add(o.getURI());
            } else if (p.equals(ACL.agentClass)) {
                classes.add(o.getURI());
            } else if (p.equals(ACL.agentGroup)) {
                groups.add(o.getURI());
            } else if (p.equals(ACL.origin)) {
                origins.add(o.getURI());
            } else if (p.equals(ACL.accessTo)) {
                accessTo.add(canonical(o.getURI()));
            } else if (p.equals(ACL.default_)) {
                defaults.add(canonical(o.getURI()));
            } else if (p.equals(ACL.mode)) {
                AccessMode.of(o).ifPresent(modes::add);
            }
        }
        return new Authorization(Set.copyOf(agents), Set.copyOf(classes), Set.copyOf(groups), Set.copyOf(origins),
                Set.copyOf(accessTo), Set.copyOf(defaults), Set.copyOf(modes));
    }

    /**
     * A resource IRI spelled as the server spells its resources ({@code x%7Ey} and {@code x~y} name one resource),
     * or as it is when it is not an http(s) IRI of a resource path.
     */
    private static String canonical(String iri) {
        try {
            URI uri = new URI(iri);
            if (uri.getRawAuthority() == null || uri.getRawPath() == null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || !uri.getRawPath().startsWith("/")) {
                return iri;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority() + ResourcePath.parse(uri.getRawPath());
        } catch (URISyntaxException | RuntimeException e) {
            return iri;
        }
    }

    /** Whether the authorization covers the resource, through its own ACL or a container's default. */
    boolean covers(String resourceIri, boolean ownAcl) {
        return ownAcl ? accessTo.contains(resourceIri) : defaults.contains(resourceIri);
    }
}
