// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class ConsistencyTest {

    @Test
    void ontologyIsConsistentUnderOwlReasoning() {
        InfModel inferred = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(),
                VocabularyFixture.MODEL);

        ValidityReport report = inferred.validate();

        List<String> problems = new ArrayList<>();
        report.getReports().forEachRemaining(problem -> problems.add(problem.toString()));
        assertTrue(report.isValid(), String.join("\n", problems));
    }

    @Test
    void everyCdvIriTheFileMentionsIsDefinedInIt() {
        Set<String> defined = VocabularyFixture.definedTerms().stream().map(Resource::getURI)
                .collect(Collectors.toSet());

        List<String> dangling = VocabularyFixture.mentionedIris().stream()
                .filter(iri -> iri.startsWith(CDV.NS))
                .filter(iri -> !defined.contains(iri))
                .toList();

        assertEquals(List.of(), dangling);
    }

    @Test
    void noTermIsBothAClassAndAProperty() {
        List<Resource> both = VocabularyFixture.termsOfType(OWL.Class).stream()
                .filter(term -> term.hasProperty(RDF.type, OWL.ObjectProperty)
                        || term.hasProperty(RDF.type, OWL.DatatypeProperty))
                .toList();

        assertEquals(List.of(), both);
    }

    @Test
    void everyTermHasExactlyOneKindAmongClassPropertySchemeAndConcept() {
        List<Resource> kinds = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme,
                SKOS.Concept);

        List<String> wrong = VocabularyFixture.definedTerms().stream()
                .filter(term -> kinds.stream().filter(kind -> term.hasProperty(RDF.type, kind)).count() != 1)
                .map(Resource::getURI)
                .toList();

        assertEquals(List.of(), wrong);
    }
}
