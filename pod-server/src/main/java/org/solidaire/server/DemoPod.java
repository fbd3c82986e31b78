// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.identity.IdentityService;
import org.solidaire.server.identity.PodRequest;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.vocab.FOAF;

/**
 * The demo pod: Camille Martin, a fictional resident of Lyon, with thirteen months of water readings, energy,
 * housing, mobility and consent records, placed in the containers every pod has for each kind of data.
 */
final class DemoPod {

    /** The demo pod's name. */
    static final String POD = "demo";
    /** The demo account's email and password, printed in the README: the demo is for trying the server. */
    static final String EMAIL = "camille.martin@example.org";
    static final String PASSWORD = "camille-demo-2026";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPod.class);

    /** Where each document of the persona goes in a pod laid out by data type (the persona groups energy). */
    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("water/contract", "contracts/water"),
            Map.entry("energy/contracts", "contracts/energy"),
            Map.entry("energy/electricity", "electricity/2024-2025"),
            Map.entry("energy/gas", "gas/2024-2025"),
            Map.entry("energy/heating-2024-2025", "heating/2024-2025"),
            Map.entry("mobility/subscription-2025", "subscriptions/2025"),
            Map.entry("mobility/trips-2025-w10", "trips/2025-w10"));

    private DemoPod() {
    }

    /** Creates the demo account and pod with the persona's data, unless the pod exists already. */
    static void create(IdentityService identity, ResourceStore store, String baseUrl) {
        ResourcePath root = ResourcePath.parse("/" + POD + "/");
        if (store.info(root).isPresent()) {
            return;
        }
        identity.createPod(new PodRequest(POD, EMAIL, PASSWORD, null, null, "Camille Martin"));
        String pod = root.iri(baseUrl);
        DatasetGraph persona = persona(pod);
        for (Iterator<Node> names = persona.listGraphNodes(); names.hasNext();) {
            Node name = names.next();
            String place = place(pod, name.getURI());
            Graph graph = moved(persona.getGraph(name), pod);
            ResourcePath path = ResourcePath.parse("/" + POD + "/" + place);
            if (place.equals("profile/card")) {
                store.patch(path, Precondition.NONE, card -> {
                    // The persona names herself (in French); the name the account gave the card goes.
                    graph.find(Node.ANY, FOAF.name, Node.ANY)
                            .forEachRemaining(named -> card.remove(named.getSubject(), FOAF.name, Node.ANY));
                    graph.find().forEachRemaining(card::add);
                    return card;
                });
            } else {
                store.put(path, new Content.Rdf(graph), Precondition.NONE);
            }
        }
        LOG.info("Created the demo pod {} (sign in as {} with password {})", pod, EMAIL, PASSWORD);
    }

    private static DatasetGraph persona(String pod) {
        try (InputStream trig = CitizenDataShapes.class.getResourceAsStream(CitizenDataShapes.DEMO_PERSONA_RESOURCE)) {
            if (trig == null) {
                throw new IllegalStateException("The demo persona is missing from the shapes jar");
            }
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            RDFParser.source(trig).lang(Lang.TRIG).base(pod).parse(dataset);
            return dataset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String place(String pod, String graphIri) {
        String relative = graphIri.substring(pod.length());
        return PLACES.getOrDefault(relative, relative);
    }

    /** The graph with every IRI of a moved document rewritten to the document's place. */
    private static Graph moved(Graph graph, String pod) {
        Graph result = GraphFactory.createGraphMem();
        for (Triple t : graph.find().toList()) {
            result.add(move(t.getSubject(), pod), move(t.getPredicate(), pod), move(t.getObject(), pod));
        }
        return result;
    }

    private static Node move(Node node, String pod) {
        if (!node.isURI() || !node.getURI().startsWith(pod)) {
            return node;
        }
        String relative = node.getURI().substring(pod.length());
        int hash = relative.indexOf('#');
        String document = hash < 0 ? relative : relative.substring(0, hash);
        String place = PLACES.get(document);
        return place == null ? node : NodeFactory.createURI(pod + place + (hash < 0 ? "" : relative.substring(hash)));
    }
}
