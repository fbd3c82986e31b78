// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class CitizenDataVocabularyTest {

    private final Model model = CitizenDataVocabulary.model();
    private final Resource ontology = model.createResource(CitizenDataVocabulary.ONTOLOGY_IRI);

    @Test
    void ontologyDeclaresItsVersionIriAndVersion() {
        assertAll(
                () -> assertTrue(ontology.hasProperty(RDF.type, OWL.Ontology)),
                () -> assertTrue(ontology.hasProperty(OWL.versionIRI,
                        model.createResource(CitizenDataVocabulary.VERSION_IRI))),
                () -> assertEquals(CitizenDataVocabulary.VERSION,
                        ontology.getProperty(OWL.versionInfo).getString()));
    }

    @Test
    void ontologyIsLicensedCcBy4() {
        assertTrue(ontology.hasProperty(model.createProperty(DCTERMS.NS + "license"),
                model.createResource("https://creativecommons.org/licenses/by/4.0/")));
    }

    @Test
    void ontologyNamesItsPreferredPrefixAndNamespace() {
        String vann = "http://purl.org/vocab/vann/";
        assertAll(
                () -> assertEquals(CitizenDataVocabulary.PREFIX,
                        ontology.getProperty(model.createProperty(vann + "preferredNamespacePrefix")).getString()),
                () -> assertEquals(CitizenDataVocabulary.NS,
                        ontology.getProperty(model.createProperty(vann + "preferredNamespaceUri")).getString()),
                () -> assertEquals(CitizenDataVocabulary.NS, model.getNsPrefixURI(CitizenDataVocabulary.PREFIX)));
    }

    @Test
    void turtleTextIsTheFileInTheJar() throws IOException {
        try (InputStream in = CitizenDataVocabulary.openTurtle()) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), CitizenDataVocabulary.turtle());
        }
    }

    @Test
    void everyCallReturnsAnIndependentCopy() {
        Model first = CitizenDataVocabulary.model();
        long size = first.size();
        first.removeAll();

        Model second = CitizenDataVocabulary.model();

        assertEquals(size, second.size());
        assertFalse(second.isEmpty());
    }
}
