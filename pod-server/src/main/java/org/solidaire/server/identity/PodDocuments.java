// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.solidaire.shapes.DataType;
import org.solidaire.vocab.ACL;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.FOAF;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.PIM;
import org.solidaire.vocab.SOLID;

/**
 * The documents a new pod starts with: the WebID profile, the preferences file, the type indexes and the access
 * rules, as graphs of absolute IRIs.
 *
 * @see <a href="https://solid.github.io/webid-profile/">Solid WebID Profile</a>
 * @see <a href="https://solid.github.io/type-indexes/">Solid Type Indexes</a>
 */
final class PodDocuments {

    private static final Node PERSONAL_PROFILE_DOCUMENT = NodeFactory.createURI(FOAF.NS + "PersonalProfileDocument");
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI(FOAF.NS + "primaryTopic");
    private static final Node MAKER = NodeFactory.createURI(FOAF.NS + "maker");

    private final PodLayout layout;
    private final Node webId;
    private final Node owner;

    PodDocuments(PodLayout layout) {
        this.layout = layout;
        this.webId = iri(layout.webId());
        this.owner = webId;
    }

    /** The WebID profile: who the owner is, where their storage, inbox, settings and issuer are. */
    Graph profile(String issuer, String name) {
        Graph g = GraphFactory.createGraphMem();
        Node card = iri(layout.profile());
        add(g, card, RDF.type.asNode(), PERSONAL_PROFILE_DOCUMENT);
        add(g, card, MAKER, webId);
        add(g, card, PRIMARY_TOPIC, webId);
        add(g, webId, RDF.type.asNode(), FOAF.Person);
        // Solid-OIDC §5.1: the issuers trusted to authenticate this WebID.
        add(g, webId, SOLID.oidcIssuer, iri(issuer));
        add(g, webId, PIM.storage, iri(layout.storage()));
        add(g, webId, LDP.inbox, iri(layout.inbox()));
        add(g, webId, PIM.preferencesFile, iri(layout.preferences()));
        add(g, webId, SOLID.publicTypeIndex, iri(layout.publicTypeIndex()));
        add(g, webId, SOLID.privateTypeIndex, iri(layout.privateTypeIndex()));
        if (name != null && !name.isBlank()) {
            add(g, webId, FOAF.name, NodeFactory.createLiteralString(name.strip()));
        }
        return g;
    }

    /** The preferences file, private to the owner, where SolidOS looks for the private type index. */
    Graph preferences() {
        Graph g = GraphFactory.createGraphMem();
        Node prefs = iri(layout.preferences());
        add(g, prefs, RDF.type.asNode(), PIM.ConfigurationFile);
        add(g, prefs, DCTERMS.title, NodeFactory.createLiteralString("Preferences file"));
        add(g, webId, SOLID.publicTypeIndex, iri(layout.publicTypeIndex()));
        add(g, webId, SOLID.privateTypeIndex, iri(layout.privateTypeIndex()));
        return g;
    }

    /** An empty type index; a listed one is public, an unlisted one private. */
    Graph typeIndex(String path, boolean listed) {
        Graph g = GraphFactory.createGraphMem();
        Node index = iri(path);
        add(g, index, RDF.type.asNode(), SOLID.TypeIndex);
        add(g, index, RDF.type.asNode(), listed ? SOLID.ListedDocument : SOLID.UnlistedDocument);
        return g;
    }

    /**
     * The private type index with one registration per grantable data type, so that apps find each kind of data
     * in its container (Solid Type Indexes: {@code solid:forClass} and {@code solid:instanceContainer}).
     */
    Graph privateTypeIndex() {
        Graph g = typeIndex(layout.privateTypeIndex(), false);
        for (DataType type : DataType.values()) {
            Node registration = iri(layout.privateTypeIndex() + "#" + type.container().replace("/", ""));
            add(g, registration, RDF.type.asNode(), SOLID.TypeRegistration);
            add(g, registration, SOLID.forClass, type.targetClass());
            add(g, registration, SOLID.instanceContainer, iri(layout.storage() + type.container()));
        }
        return g;
    }

    /** The description of a data type's container: the shape its documents must conform to. */
    Graph constrainedBy(DataType type) {
        Graph g = GraphFactory.createGraphMem();
        add(g, iri(layout.storage() + type.container()), LDP.constrainedBy, type.shape());
        return g;
    }

    /** The pod's root rules: the owner may do everything on the pod and, by default, on all it holds. */
    Graph rootAcl() {
        Graph g = GraphFactory.createGraphMem();
        Node rule = iri(layout.rootAcl() + "#owner");
        Node root = iri(layout.storage());
        authorization(g, rule, root, owner, ACL.Read, ACL.Write, ACL.Control);
        add(g, rule, ACL.default_, root);
        return g;
    }

    /**
     * Rules for a document that anyone may read, such as the profile; an ACL replaces the inherited rules
     * (WAC §Effective ACL Resource), so the owner's rule is repeated.
     */
    Graph publicReadAcl(String documentPath) {
        Graph g = GraphFactory.createGraphMem();
        Node document = iri(documentPath);
        String acl = layout.iri(documentPath + ".acl");
        authorization(g, iri(acl + "#owner"), document, owner, ACL.Read, ACL.Write, ACL.Control);
        Node everyone = iri(acl + "#public");
        add(g, everyone, RDF.type.asNode(), ACL.Authorization);
        add(g, everyone, ACL.accessTo, document);
        add(g, everyone, ACL.agentClass, FOAF.Agent);
        add(g, everyone, ACL.mode, ACL.Read);
        return g;
    }

    private static void authorization(Graph g, Node rule, Node target, Node agent, Node... modes) {
        add(g, rule, RDF.type.asNode(), ACL.Authorization);
        add(g, rule, ACL.accessTo, target);
        add(g, rule, ACL.agent, agent);
        for (Node mode : modes) {
            add(g, rule, ACL.mode, mode);
        }
    }

    private Node iri(String pathOrIri) {
        return NodeFactory.createURI(pathOrIri.startsWith("/") ? layout.iri(pathOrIri) : pathOrIri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
