// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static java.util.Objects.requireNonNull;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.vocab.CitizenDataVocabulary;

/**
 * What the documentation pages are generated from: the vocabulary, its shapes, the Maven coordinates of the jars
 * that carry them, and the URLs at which this server publishes both.
 *
 * @param vocabulary the vocabulary
 * @param shapes the shapes
 * @param vocabularyUrl the public URL of the vocabulary document, without fragment
 * @param shapesUrl the public URL of the shapes document, without fragment
 * @param vocabularyJar the coordinates of the vocabulary's jar
 * @param shapesJar the coordinates of the shapes' jar
 */
record Documentation(VocabularyIndex vocabulary, ShapeIndex shapes, String vocabularyUrl, String shapesUrl,
        JarCoordinates vocabularyJar, JarCoordinates shapesJar) {

    Documentation {
        requireNonNull(vocabulary, "vocabulary");
        requireNonNull(shapes, "shapes");
        requireNonNull(vocabularyUrl, "vocabularyUrl");
        requireNonNull(shapesUrl, "shapesUrl");
        requireNonNull(vocabularyJar, "vocabularyJar");
        requireNonNull(shapesJar, "shapesJar");
    }

    /**
     * The documentation of the vocabulary and shapes on the class path, published under the base URL.
     *
     * @param vocabulary the vocabulary, as {@link CitizenDataVocabulary#model()} gives it
     * @param shapes the shapes, as {@link CitizenDataShapes#graph()} gives them
     * @param vocabularyUrl where the vocabulary is published
     * @param shapesUrl where the shapes are published
     */
    static Documentation of(Model vocabulary, Model shapes, String vocabularyUrl, String shapesUrl) {
        // One prefix table for both, so that a term is shortened the same way wherever it appears.
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefixes(shapes.getGraph().getPrefixMapping())
                .setNsPrefixes(vocabulary.getGraph().getPrefixMapping())
                .lock();
        return new Documentation(
                new VocabularyIndex(vocabulary, CitizenDataVocabulary.NS, prefixes),
                new ShapeIndex(shapes, CitizenDataShapes.NS, prefixes),
                vocabularyUrl, shapesUrl,
                JarCoordinates.of(CitizenDataVocabulary.class, "vocab", CitizenDataVocabulary.VERSION),
                JarCoordinates.of(CitizenDataShapes.class, "shapes", CitizenDataShapes.VERSION));
    }
}
