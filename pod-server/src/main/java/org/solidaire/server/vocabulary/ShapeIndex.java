// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SHACL shapes read for documentation: which node shapes target which class, which property shapes they
 * hold, and which constrain a given property. Lists come in a fixed order, so the same shapes always give the
 * same page.
 */
final class ShapeIndex {

    /** The ways a node shape selects its focus nodes (SHACL §2.1.3). */
    private static final List<Property> TARGETS = List.of(SHACLM.targetClass, SHACLM.targetNode,
            SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf);

    /** Statements of a node shape that describe it or select its focus nodes rather than constrain them. */
    private static final Set<Property> NOT_CONSTRAINTS = Set.of(RDF.type, RDFS.label, RDFS.comment, SHACLM.property,
            SHACLM.targetClass, SHACLM.targetNode, SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf, SHACLM.severity,
            SHACLM.message, SHACLM.name, SHACLM.description, SHACLM.deactivated, SHACLM.order, SHACLM.group,
            SHACLM.declare, SHACLM.closed, SHACLM.ignoredProperties);

    private final Model model;
    private final String namespace;
    private final PrefixMapping prefixes;

    /**
     * @param model the shapes
     * @param namespace the namespace of the named shapes
     * @param prefixes the prefixes to shorten IRIs with when sorting constraints by path
     */
    ShapeIndex(Model model, String namespace, PrefixMapping prefixes) {
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

    /** The node shapes that select focus nodes themselves, sorted by label. */
    List<Resource> targetedShapes(Language language) {
        return sortedByLabel(nodeShapes().stream().filter(shape -> !targets(shape).isEmpty()).toList(), language);
    }

    /** The node shapes without targets, which apply only where another shape refers to them with sh:node. */
    List<Resource> valueShapes(Language language) {
        return sortedByLabel(nodeShapes().stream().filter(shape -> targets(shape).isEmpty()).toList(), language);
    }

    /** The property shapes that have an IRI of their own, sorted by it. */
    List<Resource> namedPropertyShapes() {
        return model.listSubjectsWithProperty(SHACLM.path).filterKeep(Resource::isURIResource).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    /**
     * The node shapes whose {@code sh:targetClass} is the class: those with property shapes first, since they say
     * what the class's resources hold, then those that only add a condition on the resource as a whole.
     */
    List<Resource> shapesTargeting(Resource type, Language language) {
        List<Resource> shapes = sortedByLabel(model.listSubjectsWithProperty(SHACLM.targetClass, type).toList(),
                language);
        return shapes.stream().sorted(Comparator.comparing(shape -> shape.hasProperty(SHACLM.property) ? 0 : 1))
                .toList();
    }

    /** The targets of a node shape as statements, so that the kind of target is known. */
    List<Statement> targets(Resource shape) {
        List<Statement> targets = new ArrayList<>();
        for (Property kind : TARGETS) {
            shape.listProperties(kind).forEach(targets::add);
        }
        return targets;
    }

    /**
     * The constraints a node shape applies: the shape itself first when it constrains the focus node directly (as
     * with {@code sh:or}), then its property shapes, by path.
     */
    List<Resource> constraints(Resource nodeShape) {
        List<Resource> constraints = new ArrayList<>();
        if (constrainsFocusNode(nodeShape)) {
            constraints.add(nodeShape);
        }
        List<Resource> properties = nodeShape.listProperties(SHACLM.property).mapWith(Statement::getResource)
                .toList();
        constraints.addAll(byPath(properties));
        return constraints;
    }

    /** The property shapes, held by some node shape, whose path is the property. */
    List<Resource> constraintsOn(Resource property) {
        Set<Resource> shapes = new LinkedHashSet<>();
        for (Resource shape : model.listSubjectsWithProperty(SHACLM.path, property).toList()) {
            if (model.contains(null, SHACLM.property, shape)) {
                shapes.add(shape);
            }
        }
        return byPath(List.copyOf(shapes));
    }

    /** The node shapes that hold a property shape, sorted by label. */
    List<Resource> holders(Resource propertyShape, Language language) {
        return sortedByLabel(model.listSubjectsWithProperty(SHACLM.property, propertyShape).toList(), language);
    }

    /** Whether a node shape has constraints of its own besides its property shapes. */
    boolean constrainsFocusNode(Resource nodeShape) {
        return nodeShape.listProperties().toList().stream()
                .anyMatch(statement -> isConstraint(statement.getPredicate()));
    }

    /** Whether a predicate of a shape is a constraint parameter, shown among a constraint's values. */
    static boolean isConstraint(Property predicate) {
        return predicate.getURI().startsWith(SHACLM.NS) && !NOT_CONSTRAINTS.contains(predicate)
                && !SHACLM.path.equals(predicate);
    }

    /** The label of a shape in a language: its {@code rdfs:label}, else its {@code sh:name}, else its local name. */
    String label(Resource shape, Language language) {
        return language.textOf(shape, RDFS.label).or(() -> language.textOf(shape, SHACLM.name))
                .orElseGet(() -> localName(shape).orElse(""));
    }

    /** The local name of a named shape, the fragment after the shapes' namespace. */
    Optional<String> localName(Resource shape) {
        if (shape.isURIResource() && shape.getURI().startsWith(namespace)) {
            return Optional.of(shape.getURI().substring(namespace.length()));
        }
        return Optional.empty();
    }

    /**
     * The id of a named shape's anchor on the shapes page: its local name, or its whole IRI for a shape outside the
     * namespace (an id may hold any character but a space).
     */
    String anchor(Resource shape) {
        return localName(shape).orElseGet(shape::getURI);
    }

    /** The severity of a shape's results; SHACL makes it {@code sh:Violation} when the shape does not say. */
    static Resource severity(Resource shape) {
        Statement severity = shape.getProperty(SHACLM.severity);
        return severity != null && severity.getObject().isURIResource() ? severity.getResource() : SHACLM.Violation;
    }

    private List<Resource> nodeShapes() {
        Set<Resource> shapes = new LinkedHashSet<>(model.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape)
                .toList());
        for (Property kind : TARGETS) {
            shapes.addAll(model.listSubjectsWithProperty(kind).toList());
        }
        return shapes.stream().filter(Resource::isURIResource).toList();
    }

    private List<Resource> sortedByLabel(List<Resource> shapes, Language language) {
        Collator collator = Collator.getInstance(language.locale());
        Comparator<Resource> byLabel = Comparator.comparing((Resource shape) -> label(shape, language), collator);
        return shapes.stream().sorted(byLabel.thenComparing(ShapeIndex::sortKey)).toList();
    }

    /** Sorts by path, violations before warnings, then by the shape's own content so blank nodes sort alike. */
    private List<Resource> byPath(List<Resource> shapes) {
        Comparator<Resource> order = Comparator.comparing((Resource shape) -> path(shape).map(this::shortName)
                .orElse(""));
        order = order.thenComparing(shape -> SHACLM.Violation.equals(severity(shape)) ? 0 : 1)
                .thenComparing(ShapeIndex::sortKey);
        return shapes.stream().sorted(order).toList();
    }

    private Optional<String> path(Resource shape) {
        Statement path = shape.getProperty(SHACLM.path);
        return path != null && path.getObject().isURIResource() ? Optional.of(path.getResource().getURI())
                : Optional.empty();
    }

    private String shortName(String iri) {
        return prefixes.shortForm(iri);
    }

    /** The IRI of a named shape; for a blank node, its statements whose objects are not blank nodes. */
    private static String sortKey(Resource shape) {
        if (shape.isURIResource()) {
            return shape.getURI();
        }
        List<String> statements = new ArrayList<>();
        for (Statement statement : shape.listProperties().toList()) {
            RDFNode object = statement.getObject();
            statements.add(statement.getPredicate().getURI() + " " + (object.isAnon() ? "[]" : object.toString()));
        }
        statements.sort(Comparator.naturalOrder());
        return String.join(";", statements);
    }
}
