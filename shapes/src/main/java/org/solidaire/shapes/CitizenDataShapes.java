// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SHACL shapes of the Citizen Data Vocabulary as published in this jar: one node shape per class that people
 * and importers write, with names and messages in French and English.
 *
 * <p>Each import run that returns data states the version the data conforms to with
 * {@code dcterms:conformsTo <}{@value #VERSION_IRI}{@code >}.
 */
public final class CitizenDataShapes {

    /** The namespace of the shapes, to which the prefix {@code cdvsh:} is bound. */
    public static final String NS = "https://w3id.org/cdv/shapes#";

    /** The IRI of the shapes graph. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/cdv/shapes";

    /** The version of the shapes in this jar. */
    public static final String VERSION = "0.1.0";

    /** The {@code owl:versionIRI} of the shapes in this jar, which runs state with {@code dcterms:conformsTo}. */
    public static final String VERSION_IRI = "https://w3id.org/cdv/shapes/0.1.0";

    /** The class-path location of the Turtle file. */
    public static final String RESOURCE = "/org/solidaire/shapes/cdv-shapes.ttl";

    /**
     * The class-path location of the demo persona, a fictional resident of Lyon, as TriG with one named graph per pod
     * resource. Its IRIs are relative: parse it with the pod's base IRI (such as {@code https://pod.example/camille/})
     * to place it in any pod. Every graph conforms to these shapes.
     */
    public static final String DEMO_PERSONA_RESOURCE = "/org/solidaire/shapes/demo/camille-lyon.trig";

    private CitizenDataShapes() {
    }

    /**
     * Returns the Turtle text of the shapes.
     *
     * @return the Turtle document, in UTF-8 as published
     */
    public static String turtle() {
        try (InputStream in = CitizenDataShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The shapes are missing from the class path: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shapes " + RESOURCE, e);
        }
    }

    /**
     * Parses the shapes into a new graph.
     *
     * @return a graph the caller owns
     */
    public static Graph graph() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle(), Lang.TURTLE).base(ONTOLOGY_IRI).parse(graph);
        return graph;
    }
}
