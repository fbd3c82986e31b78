// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The Citizen Data Vocabulary as published: its Turtle text and its RDF graph, read from this jar.
 *
 * <p>Another city's build can depend on this jar alone to get the vocabulary with its labels, comments and
 * alignments:
 *
 * <pre>{@code
 * Model vocabulary = CitizenDataVocabulary.model();
 * String label = vocabulary.getResource(CDV.NS + "Dwelling").getProperty(RDFS.label, "fr").getString();
 * }</pre>
 *
 * <p>The Turtle is parsed once, on first use; every call to {@link #model()} returns a fresh copy.
 */
public final class CitizenDataVocabulary {

    /** The namespace IRI, to which the prefix {@code cdv:} is bound. */
    public static final String NS = CDV.NS;

    /** The preferred prefix. */
    public static final String PREFIX = "cdv";

    /** The IRI of the ontology, the namespace without its trailing {@code #}. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/cdv";

    /** The version of the vocabulary in this jar. */
    public static final String VERSION = "0.1.0";

    /** The {@code owl:versionIRI} of the vocabulary in this jar. */
    public static final String VERSION_IRI = ONTOLOGY_IRI + "/" + VERSION;

    /** The class-path location of the Turtle file. */
    public static final String RESOURCE = "/org/solidaire/vocab/cdv.ttl";

    private CitizenDataVocabulary() {
    }

    /**
     * Opens the Turtle file of the vocabulary.
     *
     * @return a stream the caller must close
     */
    public static InputStream openTurtle() {
        InputStream in = CitizenDataVocabulary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The vocabulary is missing from the class path: " + RESOURCE);
        }
        return in;
    }

    /**
     * Returns the Turtle text of the vocabulary.
     *
     * @return the Turtle document, in UTF-8 as published
     */
    public static String turtle() {
        return Loaded.TURTLE;
    }

    /**
     * Returns a fresh copy of the vocabulary as a Jena model, with its prefixes.
     *
     * @return a model the caller may change without affecting other callers
     */
    public static Model model() {
        Graph copy = GraphFactory.createDefaultGraph();
        Loaded.GRAPH.find().forEach(copy::add);
        copy.getPrefixMapping().setNsPrefixes(Loaded.GRAPH.getPrefixMapping());
        return ModelFactory.createModelForGraph(copy);
    }

    /** Holds the parsed vocabulary; the holder idiom defers parsing to first use and makes it thread-safe. */
    private static final class Loaded {

        static final String TURTLE = read();
        static final Graph GRAPH = parse(TURTLE);

        private static String read() {
            try (InputStream in = openTurtle()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the vocabulary " + RESOURCE, e);
            }
        }

        private static Graph parse(String turtle) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(turtle, Lang.TURTLE).base(ONTOLOGY_IRI).parse(graph);
            return graph;
        }
    }
}
