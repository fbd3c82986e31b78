// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.solidaire.vocab.ACL;

/**
 * Edits of an ACL document's graph: the authorizations that apply to a resource, and grants and revocations that
 * leave every other authorization as it was.
 *
 * @see <a href="https://solidproject.org/TR/wac#authorization-rule">WAC §Authorization Rule</a>
 */
final class AclRules {

    /** The properties that say who an authorization is for. */
    private static final Set<Node> SUBJECTS = Set.of(ACL.agent, ACL.agentClass, ACL.agentGroup);
    /** The properties an authorization keeps when copied to another resource. */
    private static final Set<Node> COPIED = Set.of(ACL.agent, ACL.agentClass, ACL.agentGroup, ACL.origin, ACL.mode);

    private AclRules() {
    }

    /** The authorizations that give access to a resource directly ({@code acl:accessTo}) or by inheritance. */
    static List<AccessEntry> entries(Graph acl, URI resource, boolean inherited) {
        Node target = iri(resource);
        Node relation = inherited ? ACL.default_ : ACL.accessTo;
        return acl.find(Node.ANY, relation, target).mapWith(Triple::getSubject).toSet().stream()
                .map(rule -> entry(acl, rule)).sorted((a, b) -> a.authorization().compareTo(b.authorization()))
                .toList();
    }

    /**
     * A container's own ACL document, starting as the rules it inherited: each {@code acl:default} authorization
     * of the ancestor, now with {@code acl:accessTo} and {@code acl:default} the container.
     */
    static Graph adopt(Graph inherited, URI ancestor, URI container, URI acl) {
        Graph own = GraphFactory.createDefaultGraph();
        for (Node rule : inherited.find(Node.ANY, ACL.default_, iri(ancestor)).mapWith(Triple::getSubject).toSet()) {
            String fragment = rule.isURI() && rule.getURI().contains("#")
                    ? rule.getURI().substring(rule.getURI().indexOf('#') + 1) : "inherited";
            Node copy = mint(own, acl, fragment);
            authorization(own, copy, container);
            inherited.find(rule, Node.ANY, Node.ANY).filterKeep(t -> COPIED.contains(t.getPredicate()))
                    .forEachRemaining(t -> own.add(copy, t.getPredicate(), t.getObject()));
        }
        return own;
    }

    /**
     * Gives an agent modes on a container and its members: added to the agent's own authorization for exactly
     * that origin restriction if there is one, else in a new authorization.
     */
    static void grant(Graph acl, URI aclUri, URI container, URI agent, Optional<String> origin,
            Set<AccessMode> modes) {
        Node target = iri(container);
        Set<Node> origins = origin.map(value -> Set.of(iri(value))).orElse(Set.of());
        Node rule = rulesOf(acl, agent).stream()
                .filter(candidate -> soleAgent(acl, candidate, agent) && objects(acl, candidate, ACL.origin)
                        .equals(origins) && acl.contains(candidate, ACL.accessTo, target)
                        && acl.contains(candidate, ACL.default_, target))
                .findFirst().orElseGet(() -> newRule(acl, aclUri, container, agent, origins));
        modes.forEach(mode -> acl.add(rule, ACL.mode, mode.term()));
    }

    /**
     * Takes an agent's authorizations away: all of them, or with an origin only those restricted to it. An
     * authorization shared with others keeps them.
     *
     * @return whether an authorization named the agent (through the origin), so that something was taken away
     */
    static boolean revoke(Graph acl, URI aclUri, URI agent, Optional<String> origin) {
        Node who = iri(agent);
        boolean revoked = false;
        for (Node rule : rulesOf(acl, agent)) {
            if (origin.isEmpty()) {
                if (soleAgent(acl, rule, agent)) {
                    remove(acl, rule);
                } else {
                    acl.delete(rule, ACL.agent, who);
                }
                revoked = true;
                continue;
            }
            Node from = iri(origin.get());
            if (!acl.contains(rule, ACL.origin, from)) {
                continue;
            }
            Node own = soleAgent(acl, rule, agent) ? rule : isolate(acl, aclUri, rule, who);
            if (objects(acl, own, ACL.origin).size() == 1) {
                remove(acl, own);
            } else {
                acl.delete(own, ACL.origin, from);
            }
            revoked = true;
        }
        return revoked;
    }

    /** Makes sure an agent keeps Control of a container, from any origin, adding an authorization if needed. */
    static void keepControl(Graph acl, URI aclUri, URI container, URI agent) {
        Node target = iri(container);
        boolean controls = rulesOf(acl, agent).stream().anyMatch(rule -> acl.contains(rule, ACL.accessTo, target)
                && acl.contains(rule, ACL.mode, ACL.Control) && !acl.contains(rule, ACL.origin, Node.ANY));
        if (!controls) {
            Node rule = newRule(acl, aclUri, container, agent, Set.of());
            acl.add(rule, ACL.mode, ACL.Control);
        }
    }

    private static Node newRule(Graph acl, URI aclUri, URI container, URI agent, Set<Node> origins) {
        Node rule = mint(acl, aclUri, "grant");
        authorization(acl, rule, container);
        acl.add(rule, ACL.agent, iri(agent));
        origins.forEach(origin -> acl.add(rule, ACL.origin, origin));
        return rule;
    }

    /** Moves an agent out of a shared authorization into a copy of it of its own, which this returns. */
    private static Node isolate(Graph acl, URI aclUri, Node shared, Node agent) {
        Node own = mint(acl, aclUri, "grant");
        acl.find(shared, Node.ANY, Node.ANY).filterDrop(t -> SUBJECTS.contains(t.getPredicate())).toList()
                .forEach(t -> acl.add(own, t.getPredicate(), t.getObject()));
        acl.add(own, ACL.agent, agent);
        acl.delete(shared, ACL.agent, agent);
        return own;
    }

    private static void authorization(Graph acl, Node rule, URI container) {
        acl.add(rule, RDF.Nodes.type, ACL.Authorization);
        acl.add(rule, ACL.accessTo, iri(container));
        acl.add(rule, ACL.default_, iri(container));
    }

    private static List<Node> rulesOf(Graph acl, URI agent) {
        return acl.find(Node.ANY, ACL.agent, iri(agent)).mapWith(Triple::getSubject).toList();
    }

    private static boolean soleAgent(Graph acl, Node rule, URI agent) {
        List<Triple> subjects = acl.find(rule, Node.ANY, Node.ANY).filterKeep(t -> SUBJECTS.contains(t.getPredicate()))
                .toList();
        return subjects.size() == 1 && subjects.get(0).getObject().equals(iri(agent));
    }

    private static void remove(Graph acl, Node rule) {
        acl.remove(rule, Node.ANY, Node.ANY);
    }

    private static Set<Node> objects(Graph acl, Node rule, Node property) {
        return acl.find(rule, property, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    /** A fresh authorization IRI in the ACL document: its fragment is the hint, numbered if taken. */
    private static Node mint(Graph acl, URI aclUri, String hint) {
        String base = aclUri.toString().replaceFirst("#.*$", "") + "#" + hint;
        Node candidate = NodeFactory.createURI(base);
        for (int n = 2; acl.contains(candidate, Node.ANY, Node.ANY); n++) {
            candidate = NodeFactory.createURI(base + "-" + n);
        }
        return candidate;
    }

    private static AccessEntry entry(Graph acl, Node rule) {
        return new AccessEntry(rule.isURI() ? rule.getURI() : "_:" + rule.getBlankNodeLabel(),
                uris(acl, rule, ACL.agent), uris(acl, rule, ACL.agentClass), uris(acl, rule, ACL.agentGroup),
                objects(acl, rule, ACL.origin).stream().filter(Node::isURI).map(Node::getURI)
                        .collect(Collectors.toSet()),
                objects(acl, rule, ACL.mode).stream().map(AccessMode::of).flatMap(Optional::stream)
                        .collect(Collectors.toSet()));
    }

    private static Set<URI> uris(Graph acl, Node rule, Node property) {
        return objects(acl, rule, property).stream().filter(Node::isURI).map(node -> URI.create(node.getURI()))
                .collect(Collectors.toSet());
    }

    private static Node iri(Object value) {
        return NodeFactory.createURI(value.toString());
    }
}
