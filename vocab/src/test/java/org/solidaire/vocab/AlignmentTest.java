// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class and property we mint states how it relates to the standard terms it extends or resembles. */
class AlignmentTest {

    private static final List<Property> ALIGNMENTS = List.of(RDFS.subClassOf, RDFS.subPropertyOf, SKOS.exactMatch,
            SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch);

    static Stream<Resource> mintedClassesAndProperties() {
        return Stream.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
                .flatMap(type -> VocabularyFixture.termsOfType(type).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mintedClassesAndProperties")
    void isAlignedToAnExternalTerm(Resource term) {
        List<RDFNode> external = ALIGNMENTS.stream()
                .flatMap(property -> term.listProperties(property).toList().stream())
                .map(statement -> statement.getObject())
                .filter(target -> target.isURIResource() && !target.asResource().getURI().startsWith(CDV.NS))
                .toList();

        assertFalse(external.isEmpty(), term + " states no alignment to a term outside cdv:");
    }
}
