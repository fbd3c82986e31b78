// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solidaire.server.store.tdb2.Tdb2Store;

/**
 * A write replaces what a resource holds with exactly the new triples, although the store only touches those that
 * differ: blank nodes of the old content never survive a PUT, and a patch that changes nothing keeps every triple.
 */
class RewriteTest {

    private static final String BASE = "http://localhost:1/";
    private static final ResourcePath DOC = ResourcePath.parse("/p/doc");
    private static Path dir;
    private static Tdb2Store store;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("rewrite");
        store = Tdb2Store.open(dir, BASE);
        store.put(ResourcePath.parse("/p/"), new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(text, Lang.TURTLE).base(DOC.iri(BASE)).parse(graph);
        return graph;
    }

    /** TDB2 writes some numbers by value; the store must give back every literal as written, after a restart too. */
    @Test
    void literalsComeBackAsWrittenAfterTheStoreIsReopened() throws IOException {
        String xsd = "http://www.w3.org/2001/XMLSchema#";
        String text = "<#a> <#v> \"9\"^^<" + xsd + "int>, \"9\"^^<" + xsd + "short>, \"9\"^^<" + xsd + "long>, 9, "
                + "\"9\"^^<" + xsd + "byte>, \"9\"^^<" + xsd + "nonNegativeInteger>, \"01\"^^<" + xsd + "integer>, "
                + "\"+5\"^^<" + xsd + "integer>, \"1.50\"^^<" + xsd + "decimal>, \"1.0e0\"^^<" + xsd + "double>, "
                + "1.5, 1.5e3, \"42\"^^<" + xsd + "long> .";
        ResourcePath path = ResourcePath.parse("/p/numbers");
        store.put(path, new Content.Rdf(turtle(text)), Precondition.NONE);
        Graph written = turtle(text);
        assertEquals(written.find().toSet(), store.graph(path).find().toSet());

        store.close();
        store = Tdb2Store.open(dir, BASE);

        assertEquals(13, store.graph(path).size());
        assertEquals(written.find().toSet(), store.graph(path).find().toSet());
        store.patch(path, Precondition.NONE, graph -> {
            graph.delete(NodeFactory.createURI(DOC.iri(BASE) + "#a"),
                    NodeFactory.createURI(DOC.iri(BASE) + "#v"),
                    NodeFactory.createLiteralDT("9", org.apache.jena.datatypes.xsd.XSDDatatype.XSDint));
            return graph;
        });
        assertEquals(12, store.graph(path).size());
        store.read(path, dataset -> {
            Node object = dataset.find(NodeFactory.createURI(path.iri(BASE)), Node.ANY, Node.ANY,
                    NodeFactory.createLiteralDT("42", org.apache.jena.datatypes.xsd.XSDDatatype.XSDlong))
                    .next().getObject();
            assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDlong, object.getLiteralDatatype());
            return null;
        });
    }

    @Test
    void aPutReplacesBlankNodesAndKeepsNothingOfTheOldContent() {
        String text = "<#r> <#p> [ <#v> 1 ], [ <#v> 2 ]; <#q> \"kept\" .";
        store.put(DOC, new Content.Rdf(turtle(text)), Precondition.NONE);
        store.put(DOC, new Content.Rdf(turtle(text)), Precondition.NONE);
        assertEquals(5, store.graph(DOC).size());
        assertTrue(store.graph(DOC).isIsomorphicWith(turtle(text)));

        store.put(DOC, new Content.Rdf(turtle("<#r> <#q> \"kept\" .")), Precondition.NONE);
        assertTrue(store.graph(DOC).isIsomorphicWith(turtle("<#r> <#q> \"kept\" .")));
    }

    @Test
    void aPatchThatAddsWhatIsThereKeepsEveryTripleAndTheVersion() {
        store.put(DOC, new Content.Rdf(turtle("<#r> <#p> [ <#v> 1 ]; <#q> 2 .")), Precondition.NONE);
        Graph before = store.graph(DOC);
        String version = store.info(DOC).orElseThrow().version();

        store.patch(DOC, Precondition.NONE, graph -> {
            graph.add(NodeFactory.createURI(DOC.iri(BASE) + "#r"), NodeFactory.createURI(DOC.iri(BASE) + "#q"),
                    NodeFactory.createLiteralDT("2", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            return graph;
        });

        Graph after = store.graph(DOC);
        assertEquals(before.find().toSet(), after.find().toSet());
        assertEquals(version, store.info(DOC).orElseThrow().version());

        store.put(DOC, new Content.Rdf(turtle("<#r> <#q> 2 .")), Precondition.NONE);
        String replaced = store.info(DOC).orElseThrow().version();
        store.put(DOC, new Content.Rdf(turtle("<#r> <#q> 2 .")), Precondition.NONE);
        assertNotEquals(replaced, store.info(DOC).orElseThrow().version());
    }

    @Test
    void aPatchThatRemovesABlankNodeRemovesItsTriples() {
        store.put(DOC, new Content.Rdf(turtle("<#r> <#p> [ <#v> 1 ] .")), Precondition.NONE);
        store.patch(DOC, Precondition.NONE, graph -> {
            graph.remove(Node.ANY, NodeFactory.createURI(DOC.iri(BASE) + "#v"), Node.ANY);
            return graph;
        });
        assertEquals(1, store.graph(DOC).size());
    }
}
