// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.vocab.CitizenDataVocabulary;

/**
 * Makes each representation of the published documents when it is first asked for, and keeps it: the content is
 * fixed by the jars on the class path, so each is made once and keeps its entity tag for the life of the server.
 *
 * <p>Nothing is made up front because a server that nobody asks for the vocabulary should start as fast as one
 * without it: reading the documents and writing JSON-LD for the first time take a second or more. One lock makes
 * the representations, one at a time, since they all read the same two models.
 */
final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    /** The documents this server publishes. */
    enum Document { VOCABULARY, SHAPES }

    private final String vocabularyUrl;
    private final String shapesUrl;
    private final Map<Key, Representation> made = new ConcurrentHashMap<>();
    private Documentation sources;

    /**
     * @param vocabularyUrl the public URL of the vocabulary document
     * @param shapesUrl the public URL of the shapes document
     */
    Publisher(String vocabularyUrl, String shapesUrl) {
        this.vocabularyUrl = requireNonNull(vocabularyUrl, "vocabularyUrl");
        this.shapesUrl = requireNonNull(shapesUrl, "shapesUrl");
    }

    /** The representation of a document in a form; the language matters only for the HTML page. */
    Representation representation(Document document, Form form, Language language) {
        Key key = new Key(document, form, form == Form.HTML ? language : null);
        Representation representation = made.get(key);
        if (representation != null) {
            return representation;
        }
        synchronized (this) {
            representation = made.get(key);
            if (representation == null) {
                long started = System.nanoTime();
                representation = make(document, form, language);
                made.put(key, representation);
                LOG.debug("Made the {} of the {} in {} ms", key, document, (System.nanoTime() - started) / 1_000_000);
            }
            return representation;
        }
    }

    private Representation make(Document document, Form form, Language language) {
        Documentation documentation = sources();
        if (form == Form.HTML) {
            String page = document == Document.VOCABULARY ? VocabularyPage.render(documentation, language)
                    : ShapesPage.render(documentation, language);
            return Representation.page(page, language);
        }
        RdfFormat format = form.rdf().orElseThrow();
        if (format == RdfFormat.TURTLE) {
            // The published Turtle keeps its prefixes, comments and order, which a writer would lose.
            String turtle = document == Document.VOCABULARY ? CitizenDataVocabulary.turtle()
                    : CitizenDataShapes.turtle();
            return Representation.of(format.mediaType(), turtle.getBytes(StandardCharsets.UTF_8), null);
        }
        Model model = document == Document.VOCABULARY ? documentation.vocabulary().model()
                : documentation.shapes().model();
        return Representation.of(format.mediaType(), RdfCodec.toBytes(model.getGraph(), format), null);
    }

    /** The sources of the pages, read on first use; called with the lock held. */
    private Documentation sources() {
        if (sources == null) {
            Model shapes = ModelFactory.createModelForGraph(CitizenDataShapes.graph());
            sources = Documentation.of(CitizenDataVocabulary.model(), shapes, vocabularyUrl, shapesUrl);
        }
        return sources;
    }

    /** What identifies a representation. */
    private record Key(Document document, Form form, Language language) {
    }
}
