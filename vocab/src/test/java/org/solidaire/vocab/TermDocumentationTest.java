// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every term, the ontology included, speaks French and English. */
class TermDocumentationTest {

    static Stream<Resource> everyTerm() {
        Resource ontology = VocabularyFixture.MODEL.createResource(CitizenDataVocabulary.ONTOLOGY_IRI);
        return Stream.concat(Stream.of(ontology), VocabularyFixture.definedTerms().stream());
    }

    static Stream<Resource> everyConcept() {
        return VocabularyFixture.termsOfType(SKOS.Concept).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTerm")
    void hasOneLabelAndOneCommentInFrenchAndInEnglish(Resource term) {
        assertAll(term.getURI(),
                () -> assertEquals(1, valuesIn(term, RDFS.label, "fr").size(), "rdfs:label@fr"),
                () -> assertEquals(1, valuesIn(term, RDFS.label, "en").size(), "rdfs:label@en"),
                () -> assertEquals(1, valuesIn(term, RDFS.comment, "fr").size(), "rdfs:comment@fr"),
                () -> assertEquals(1, valuesIn(term, RDFS.comment, "en").size(), "rdfs:comment@en"),
                () -> assertEquals(4, term.listProperties(RDFS.label).toList().size()
                        + term.listProperties(RDFS.comment).toList().size(), "no other language"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConcept")
    void conceptHasPreferredLabelsEqualToItsLabelsAndOneScheme(Resource concept) {
        assertAll(concept.getURI(),
                () -> assertEquals(valuesIn(concept, RDFS.label, "fr"), valuesIn(concept, SKOS.prefLabel, "fr")),
                () -> assertEquals(valuesIn(concept, RDFS.label, "en"), valuesIn(concept, SKOS.prefLabel, "en")),
                () -> assertEquals(1, concept.listProperties(SKOS.inScheme).toList().size(), "one skos:inScheme"),
                () -> assertTrue(concept.getPropertyResourceValue(SKOS.inScheme)
                        .hasProperty(SKOS.hasTopConcept, concept), "listed by its scheme's skos:hasTopConcept"));
    }

    private static List<String> valuesIn(Resource term, Property property, String language) {
        return term.listProperties(property).toList().stream()
                .map(Statement::getLiteral)
                .filter(literal -> literal.getLanguage().equals(language))
                .map(literal -> literal.getLexicalForm())
                .toList();
    }
}
