// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The Citizen Data Vocabulary read for documentation: its terms sorted into classes, properties, code lists and
 * their concepts, with labels and comments by language. Lists come sorted by label in the page's language, ties
 * broken by IRI, so the same vocabulary always gives the same page.
 */
final class VocabularyIndex {

    private static final Set<Resource> CLASS_TYPES = Set.of(OWL.Class, RDFS.Class);
    private static final Set<Resource> PROPERTY_TYPES = Set.of(RDF.Property, OWL.ObjectProperty,
            OWL.DatatypeProperty, OWL.AnnotationProperty);

    private final Model model;
    private final String namespace;
    private final PrefixMapping prefixes;

    /**
     * @param model the vocabulary
     * @param namespace the namespace of its terms
     * @param prefixes the prefixes to shorten IRIs with, in tables and lists
     */
    VocabularyIndex(Model model, String namespace, PrefixMapping prefixes) {
        this.model = model;
        this.namespace = namespace;
        this.prefixes = prefixes;
    }

    Model model() {
        return model;
    }

    String namespace() {
        return namespace;
    }

    /** Every term the vocabulary defines: each IRI in its namespace that is the subject of a statement. */
    List<Resource> terms() {
        return model.listSubjects().filterKeep(this::isTerm).toList();
    }

    List<Resource> classes(Language language) {
        return sorted(terms().stream().filter(term -> hasTypeAmong(term, CLASS_TYPES)).toList(), language);
    }

    List<Resource> properties(Language language) {
        return sorted(terms().stream().filter(term -> hasTypeAmong(term, PROPERTY_TYPES)).toList(), language);
    }

    List<Resource> codeLists(Language language) {
        return sorted(terms().stream().filter(term -> term.hasProperty(RDF.type, SKOS.ConceptScheme)).toList(),
                language);
    }

    List<Resource> concepts(Resource codeList, Language language) {
        return sorted(model.listSubjectsWithProperty(SKOS.inScheme, codeList).filterKeep(this::isTerm).toList(),
                language);
    }

    /** The terms that are none of a class, a property, a code list or a concept in a code list. */
    List<Resource> otherTerms(Language language) {
        return sorted(terms().stream()
                .filter(term -> !hasTypeAmong(term, CLASS_TYPES) && !hasTypeAmong(term, PROPERTY_TYPES))
                .filter(term -> !term.hasProperty(RDF.type, SKOS.ConceptScheme))
                .filter(term -> !term.hasProperty(SKOS.inScheme))
                .toList(), language);
    }

    /** The properties of the vocabulary whose {@code rdfs:domain} is the class. */
    List<Resource> propertiesWithDomain(Resource type, Language language) {
        return sorted(model.listSubjectsWithProperty(RDFS.domain, type).filterKeep(this::isTerm).toList(), language);
    }

    /** The IRI values of a property of a term, sorted by their short names. */
    List<Resource> links(Resource term, Property property) {
        return term.listProperties(property).mapWith(Statement::getObject).filterKeep(RDFNode::isURIResource)
                .mapWith(RDFNode::asResource).toList().stream()
                .sorted(Comparator.comparing(resource -> shortName(resource.getURI())))
                .toList();
    }

    /** Whether an IRI names a term of this vocabulary, which then has an anchor on the vocabulary page. */
    boolean isTerm(String iri) {
        return iri.startsWith(namespace) && iri.length() > namespace.length()
                && model.getGraph().contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY);
    }

    /** The label of a term in a language, from {@code rdfs:label} or {@code skos:prefLabel}, else its short name. */
    String label(Resource term, Language language) {
        return language.textOf(term, RDFS.label).or(() -> language.textOf(term, SKOS.prefLabel))
                .orElseGet(() -> shortName(term.getURI()));
    }

    /** The literal values of a property that carry no language, such as {@code skos:notation}. */
    List<String> plainValues(Resource term, Property property) {
        List<String> values = new ArrayList<>();
        for (Statement statement : term.listProperties(property).toList()) {
            if (statement.getObject().isLiteral()) {
                Literal literal = statement.getLiteral();
                values.add(literal.getLexicalForm());
            }
        }
        values.sort(Comparator.naturalOrder());
        return values;
    }

    /** The IRI shortened with a known prefix, such as {@code schema:Accommodation}, or the IRI itself. */
    String shortName(String iri) {
        return prefixes.shortForm(iri);
    }

    /** The local name of a term of this vocabulary, the fragment after its namespace. */
    String localName(Resource term) {
        return term.getURI().substring(namespace.length());
    }

    /** The types of a term other than the one that sorts it onto the page, such as {@code dpv:Purpose}. */
    List<Resource> additionalTypes(Resource term) {
        Set<Resource> types = new LinkedHashSet<>(links(term, RDF.type));
        types.removeAll(CLASS_TYPES);
        types.removeAll(PROPERTY_TYPES);
        types.remove(SKOS.Concept);
        types.remove(SKOS.ConceptScheme);
        return List.copyOf(types);
    }

    private boolean isTerm(Resource resource) {
        return resource.isURIResource() && resource.getURI().startsWith(namespace)
                && resource.getURI().length() > namespace.length();
    }

    private static boolean hasTypeAmong(Resource term, Set<Resource> types) {
        return types.stream().anyMatch(type -> term.hasProperty(RDF.type, type));
    }

    private List<Resource> sorted(List<Resource> terms, Language language) {
        Collator collator = Collator.getInstance(language.locale());
        Comparator<Resource> byLabel = Comparator.comparing(term -> label(term, language), collator);
        return terms.stream().sorted(byLabel.thenComparing(Resource::getURI)).toList();
    }
}
