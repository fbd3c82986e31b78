// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.vocab.CDV;
import org.solidaire.vocab.CitizenDataVocabulary;

/** The shapes are documented in both languages, choose their severity on purpose and agree with the vocabulary. */
class ShapesDefinitionTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Model SHAPES = ModelFactory.createModelForGraph(CitizenDataShapes.graph());
    private static final Model VOCABULARY = CitizenDataVocabulary.model();
    private static final Property NAME = SHAPES.createProperty(SH + "name");
    private static final Property MESSAGE = SHAPES.createProperty(SH + "message");
    private static final Property SEVERITY = SHAPES.createProperty(SH + "severity");
    private static final Property IN = SHAPES.createProperty(SH + "in");
    private static final Property TARGET_CLASS = SHAPES.createProperty(SH + "targetClass");

    static Stream<Resource> namedPropertyShapes() {
        return SHAPES.listSubjectsWithProperty(RDF.type, SHAPES.createResource(SH + "PropertyShape")).toList()
                .stream().filter(Resource::isURIResource);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedPropertyShapes")
    void propertyShapeHasNamesMessagesAndAnExplicitSeverity(Resource shape) {
        assertAll(shape.getURI(),
                () -> assertEquals(Set.of("fr", "en"), languages(shape, NAME), "sh:name"),
                () -> assertEquals(Set.of("fr", "en"), languages(shape, MESSAGE), "sh:message"),
                () -> assertTrue(shape.hasProperty(SEVERITY), "sh:severity"));
    }

    @Test
    void everyNamedPropertyShapeHasAnInvalidExample() throws IOException {
        String examples;
        try (InputStream in = getClass().getResourceAsStream("invalid-examples.txt")) {
            examples = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<String> untested = namedPropertyShapes()
                .map(shape -> shape.getURI().substring(CitizenDataShapes.NS.length()))
                .filter(name -> !examples.contains("shape: " + name + "\n"))
                .toList();

        assertEquals(List.of(), untested);
    }

    @Test
    void everyTargetedCdvClassIsDefinedByTheVocabulary() {
        List<String> undefined = SHAPES.listObjectsOfProperty(TARGET_CLASS).toList().stream()
                .map(RDFNode::asResource)
                .filter(type -> type.getURI().startsWith(CDV.NS))
                .filter(type -> !VOCABULARY.contains(type, RDF.type, OWL.Class))
                .map(Resource::getURI)
                .toList();

        assertEquals(List.of(), undefined);
    }

    @Test
    void everyCodeListValueIsAConceptOfTheVocabulary() {
        List<String> unknown = SHAPES.listObjectsOfProperty(IN).toList().stream()
                .flatMap(list -> list.as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream())
                .map(RDFNode::asResource)
                .filter(value -> value.getURI().startsWith(CDV.NS))
                .filter(value -> !VOCABULARY.contains(value, RDF.type, SKOS.Concept))
                .map(Resource::getURI)
                .toList();

        assertEquals(List.of(), unknown);
    }

    @Test
    void shapesVersionIsTheOneDeclaredInJava() {
        Resource ontology = SHAPES.createResource(CitizenDataShapes.ONTOLOGY_IRI);

        assertTrue(ontology.hasProperty(OWL.versionIRI, SHAPES.createResource(CitizenDataShapes.VERSION_IRI)));
        assertEquals(CitizenDataShapes.VERSION, ontology.getProperty(OWL.versionInfo).getString());
    }

    private static Set<String> languages(Resource shape, Property property) {
        return shape.listProperties(property).toList().stream()
                .map(statement -> statement.getLiteral().getLanguage())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
