// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access.wac;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.solidaire.server.access.AccessMode;
import org.solidaire.vocab.ACL;

/**
 * The authorizations of one ACL resource. A subject counts as an authorization when it grants a mode; the
 * {@code rdf:type acl:Authorization} statement is not required, as in other Solid servers.
 */
record AclDocument(List<Authorization> authorizations) {

    static AclDocument parse(Graph graph) {
        Set<Node> subjects = new LinkedHashSet<>();
        for (Triple t : graph.find(Node.ANY, ACL.mode, Node.ANY).toList()) {
            subjects.add(t.getSubject());
        }
        List<Authorization> result = new ArrayList<>(subjects.size());
        for (Node subject : subjects) {
            result.add(Authorization.read(graph, subject));
        }
        return new AclDocument(List.copyOf(result));
    }

    /** Whether an authorization of this document gives some agent, class or group Control of the resource. */
    boolean givesControlOf(String resourceIri) {
        return authorizations.stream().anyMatch(rule -> rule.modes().contains(AccessMode.CONTROL)
                && rule.covers(resourceIri, true)
                && !(rule.agents().isEmpty() && rule.agentClasses().isEmpty() && rule.groups().isEmpty()));
    }
}
