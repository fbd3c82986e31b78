// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;

/** Test data: the valid examples, and edits of them written as SPARQL Update. */
final class Examples {

    static final String PREFIXES = """
            PREFIX cdv: <https://w3id.org/cdv#>
            PREFIX acl: <http://www.w3.org/ns/auth/acl#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX dpv: <https://w3id.org/dpv#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX locn: <http://www.w3.org/ns/locn#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX qudt: <http://qudt.org/schema/qudt/>
            PREFIX schema: <http://schema.org/>
            PREFIX sosa: <http://www.w3.org/ns/sosa/>
            PREFIX unit: <http://qudt.org/vocab/unit/>
            PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX ex: <https://pod.example/alex/>
            """;

    private Examples() {
    }

    /** A fresh copy of the valid examples. */
    static Graph valid() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(Examples.class.getResource("valid-examples.ttl").toString()).parse(graph);
        return graph;
    }

    /** The valid examples after a SPARQL Update, given without its prefixes. */
    static Graph validAfter(String update) {
        Graph graph = valid();
        UpdateAction.parseExecute(PREFIXES + update, graph);
        return graph;
    }
}
