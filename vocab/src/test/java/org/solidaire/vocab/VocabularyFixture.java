// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/** Views of the vocabulary model that several tests share. */
final class VocabularyFixture {

    static final Model MODEL = CitizenDataVocabulary.model();

    private VocabularyFixture() {
    }

    /** Every term the vocabulary defines: the subjects in its namespace that have a type. */
    static Set<Resource> definedTerms() {
        return MODEL.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(Resource::isURIResource)
                .filter(subject -> subject.getURI().startsWith(CDV.NS))
                .collect(Collectors.toCollection(() -> new TreeSet<>(VocabularyFixture::byIri)));
    }

    /** Terms of the given RDF type. */
    static Set<Resource> termsOfType(Resource type) {
        return definedTerms().stream()
                .filter(term -> term.hasProperty(RDF.type, type))
                .collect(Collectors.toCollection(() -> new TreeSet<>(VocabularyFixture::byIri)));
    }

    /** Every IRI the file mentions, in any position. */
    static Set<String> mentionedIris() {
        Set<String> iris = new TreeSet<>();
        for (Statement statement : MODEL.listStatements().toList()) {
            addIri(iris, statement.getSubject());
            addIri(iris, statement.getPredicate());
            addIri(iris, statement.getObject());
            if (statement.getObject().isLiteral()) {
                iris.add(statement.getLiteral().getDatatypeURI());
            }
        }
        return iris;
    }

    private static void addIri(Set<String> iris, RDFNode node) {
        if (node.isURIResource()) {
            iris.add(node.asResource().getURI());
        }
    }

    private static int byIri(Resource a, Resource b) {
        return a.getURI().compareTo(b.getURI());
    }
}
