// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.server.Request;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.TripleSet;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.shapes.ValidationEntry;
import org.solidaire.shapes.ValidationReport;
import org.solidaire.vocab.LDP;

/**
 * Containers constrained by a shape of the Citizen Data Vocabulary: a container's description resource states
 * {@code <container> ldp:constrainedBy <shape>}, and every RDF document written into it, or into a container below
 * it, must then hold at least one node the shape targets and raise no SHACL Violation; Warnings do not refuse.
 *
 * @see <a href="https://www.w3.org/TR/ldp/#ldpr-gen-pubclireqs">LDP §4.2.1.6 constrainedBy</a>
 */
final class ShapeConstraints {

    /** Where the server publishes the shapes; shape IRIs may use this base or the vocabulary's own. */
    static final String PUBLISHED_SHAPES = "ns/cdv/shapes#";

    private final ResourceStore store;
    private final String baseUrl;

    /** The shapes and their validator, parsed on the first write that needs them rather than at start-up. */
    private static final class Shapes {
        static final Graph GRAPH = CitizenDataShapes.graph();
        static final ShapeValidator VALIDATOR = ShapeValidator.standard();

        private Shapes() {
        }
    }

    ShapeConstraints(ResourceStore store, String baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    /**
     * Refuses a document that a shape constraining a container above it rejects: 422 with the validation report.
     * A shape constrains every document below its container, in sub-containers too, so that a sub-container is no
     * way around it; a document below several constrained containers must satisfy each of their shapes.
     */
    void check(Exchange exchange, ResourcePath resource, Graph graph) {
        if (resource.isContainer() || resource.isAuxiliary()) {
            return;
        }
        List<Node> shapes = shapesAbove(resource);
        if (shapes.isEmpty()) {
            return;
        }
        Locale locale = language(exchange.request());
        Graph indexed = TripleSet.indexed(graph);
        ValidationReport report = Shapes.VALIDATOR.validate(indexed, locale);
        for (Node shape : shapes) {
            List<String> missing = missingTargets(shape, indexed);
            if (!report.accepted() || !missing.isEmpty()) {
                throw refusal(shape, report, missing, locale);
            }
        }
    }

    /** Refuses bytes that are not RDF below a container that a shape constrains. */
    void checkBinary(ResourcePath resource, String contentType) {
        shapesAbove(resource).stream().findFirst().ifPresent(shape -> {
            throw outsideShape(shape, "This container holds RDF documents that conform to " + shape.getURI()
                    + ", not " + contentType + ".");
        });
    }

    /**
     * Refuses named graphs in a document below a container that a shape constrains: the shape validates one graph,
     * and triples in a named graph would escape it.
     */
    void checkNamedGraphs(ResourcePath resource) {
        shapesAbove(resource).stream().findFirst().ifPresent(shape -> {
            throw outsideShape(shape, "This container holds RDF documents that conform to " + shape.getURI()
                    + ", each one graph that the shape validates; this document also has named graphs.");
        });
    }

    /** The shapes constraining the containers above a resource, up to its pod root, the nearest first. */
    private List<Node> shapesAbove(ResourcePath resource) {
        List<Node> shapes = new ArrayList<>();
        resource.ancestors().forEach(container -> shapeOf(container).ifPresent(shape -> shapes.add(0, shape)));
        return shapes;
    }

    private static ProblemException outsideShape(Node shape, String detail) {
        return ProblemException.unprocessable(detail).withHeader(Headers.LINK, "<" + shape.getURI() + ">; rel=\""
                + LDP.constrainedBy.getURI() + "\"");
    }

    /** Refuses a description resource that constrains its container by a shape the server does not know. */
    void checkDeclaredShapes(ResourcePath description, Graph graph) {
        Node container = NodeFactory.createURI(description.subject().orElseThrow().iri(baseUrl));
        for (Triple t : graph.find(container, LDP.constrainedBy, Node.ANY).toList()) {
            if (canonical(t.getObject()).isEmpty()) {
                throw ProblemException.unprocessable("The shape " + t.getObject() + " is not one of the shapes this "
                        + "server knows; use a shape of " + CitizenDataShapes.NS + ".");
            }
        }
    }

    private Optional<Node> shapeOf(ResourcePath container) {
        ResourcePath description = container.auxiliary(ResourcePath.META_SUFFIX);
        if (store.info(description).isEmpty()) {
            return Optional.empty();
        }
        Node subject = NodeFactory.createURI(container.iri(baseUrl));
        return store.graph(description).find(subject, LDP.constrainedBy, Node.ANY).toList().stream()
                .map(Triple::getObject).map(this::canonical).flatMap(Optional::stream).findFirst();
    }

    /** The shape an IRI names, under the vocabulary's namespace or where this server publishes it. */
    private Optional<Node> canonical(Node shape) {
        if (!shape.isURI()) {
            return Optional.empty();
        }
        String iri = shape.getURI();
        String published = baseUrl + PUBLISHED_SHAPES;
        if (iri.startsWith(published)) {
            iri = CitizenDataShapes.NS + iri.substring(published.length());
        }
        Node known = NodeFactory.createURI(iri);
        return Shapes.GRAPH.contains(known, RDF.Nodes.type, SHACL.NodeShape) ? Optional.of(known) : Optional.empty();
    }

    /** The classes the shape targets, when the graph holds an instance of none of them. */
    private List<String> missingTargets(Node shape, Graph graph) {
        List<Node> targets = Shapes.GRAPH.find(shape, SHACL.targetClass, Node.ANY).mapWith(Triple::getObject).toList();
        boolean present = targets.isEmpty()
                || targets.stream().anyMatch(c -> graph.contains(Node.ANY, RDF.Nodes.type, c));
        return present ? List.of() : targets.stream().map(Node::getURI).toList();
    }

    private ProblemException refusal(Node shape, ValidationReport report, List<String> missing, Locale locale) {
        boolean french = locale.getLanguage().equals("fr");
        List<Map<String, Object>> violations = new ArrayList<>();
        for (ValidationEntry entry : report.violations()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("focusNode", entry.focusNode().toString());
            if (entry.path() != null) {
                item.put("path", entry.path());
            }
            if (entry.value() != null) {
                item.put("value", entry.value().toString());
            }
            item.put("message", entry.message());
            violations.add(item);
        }
        String detail = !missing.isEmpty()
                ? (french ? "Ce conteneur reçoit des ressources de type " : "This container holds resources of type ")
                        + String.join(", ", missing) + (french ? " ; le document n'en contient aucune."
                        : "; the document holds none.")
                : (french ? "Le document ne respecte pas la forme " : "The document does not conform to the shape ")
                        + shape.getURI() + (french ? " : " : ": ") + violations.size()
                        + (french ? " violation(s)." : " violation(s).");
        return ProblemException.unprocessable(detail)
                .with("violations", violations)
                .withHeader(Headers.LINK, "<" + shape.getURI() + ">; rel=\"" + LDP.constrainedBy.getURI() + "\"")
                .withRdf(reportGraph(report, shape, missing, detail, locale));
    }

    /**
     * The SHACL report as RDF; a document without any node the shape targets has no SHACL result of its own, so
     * the refusal is stated as one, and the report does not conform.
     */
    private static Graph reportGraph(ValidationReport report, Node shape, List<String> missing, String detail,
            Locale locale) {
        Graph graph = report.toGraph(locale.getLanguage());
        if (missing.isEmpty()) {
            return graph;
        }
        Node reportNode = graph.find(Node.ANY, RDF.Nodes.type, SHACL.ValidationReport).next().getSubject();
        graph.remove(reportNode, SHACL.conforms, Node.ANY);
        graph.add(reportNode, SHACL.conforms, NodeFactory.createLiteralDT("false",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        Node result = NodeFactory.createBlankNode();
        graph.add(reportNode, SHACL.result, result);
        graph.add(result, RDF.Nodes.type, SHACL.ValidationResult);
        graph.add(result, SHACL.focusNode, NodeFactory.createURI(missing.get(0)));
        graph.add(result, SHACL.resultSeverity, SHACL.Violation);
        graph.add(result, SHACL.sourceShape, shape);
        graph.add(result, SHACL.resultMessage, NodeFactory.createLiteralLang(detail, locale.getLanguage()));
        return graph;
    }

    /** French unless the client prefers English (the citizens this serves read French first). */
    private static Locale language(Request request) {
        for (Locale locale : Request.getLocales(request)) {
            if (locale.getLanguage().equals("en") || locale.getLanguage().equals("fr")) {
                return locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
            }
        }
        return Locale.FRENCH;
    }
}
