// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;

/**
 * Writes what a shape requires in words of the page's language: the path it constrains, how many values, which
 * values, how severe a failure is and the message a writer gets. Parameters this class has no words for are still
 * shown, by their SHACL name and value, so that no constraint is ever left out of the page.
 *
 * @see <a href="https://www.w3.org/TR/shacl/#core-components">SHACL §4 Core Constraint Components</a>
 */
final class ConstraintText {

    /** The order in which parameters are listed; parameters not listed follow, by name. */
    private static final List<Property> ORDER = List.of(SHACLM.datatype, SHACLM.class_, SHACLM.nodeKind,
            SHACLM.in, SHACLM.hasValue, SHACLM.node, SHACLM.or, SHACLM.and, SHACLM.xone, SHACLM.not,
            SHACLM.qualifiedValueShape, SHACLM.pattern, SHACLM.languageIn, SHACLM.uniqueLang, SHACLM.minInclusive,
            SHACLM.minExclusive, SHACLM.maxInclusive, SHACLM.maxExclusive, SHACLM.minLength, SHACLM.maxLength,
            SHACLM.lessThan, SHACLM.lessThanOrEquals, SHACLM.equals, SHACLM.disjoint);

    /** Parameters shown with another: counts in their own column, flags with the pattern, qualified counts. */
    private static final Set<Property> SHOWN_WITH_ANOTHER = Set.of(SHACLM.minCount, SHACLM.maxCount, SHACLM.flags,
            SHACLM.qualifiedMinCount, SHACLM.qualifiedMaxCount, SHACLM.qualifiedValueShapesDisjoint);

    /** Parameters whose value is an RDF list of shapes. */
    private static final Set<Property> LOGICAL = Set.of(SHACLM.or, SHACLM.and, SHACLM.xone);

    /** Parameters whose value is an RDF list of values. */
    private static final Set<Property> VALUE_LISTS = Set.of(SHACLM.in, SHACLM.languageIn);

    /** The node kinds and severities of SHACL, which the page names in words. */
    private static final Set<Resource> NAMED_IN_WORDS = Set.of(SHACLM.IRI, SHACLM.BlankNode, SHACLM.Literal,
            SHACLM.BlankNodeOrIRI, SHACLM.BlankNodeOrLiteral, SHACLM.IRIOrLiteral, SHACLM.Violation, SHACLM.Warning,
            SHACLM.Info);

    private final Rendering page;
    private final Markup html;

    ConstraintText(Rendering page) {
        this.page = page;
        this.html = page.html();
    }

    /** The column that names the constrained property, to head each row. */
    DataTable.Column pathColumn() {
        return new DataTable.Column("column.path", this::path);
    }

    /** The columns every table of constraints has after its row header: count, values, severity, message. */
    List<DataTable.Column> requirementColumns() {
        return List.of(new DataTable.Column("column.count", this::cardinality),
                new DataTable.Column("column.values", this::values),
                new DataTable.Column("column.severity", this::severity),
                new DataTable.Column("column.message", this::message));
    }

    /** The property a shape constrains with its name, or the focus node itself for a node shape. */
    void path(Resource shape) {
        Optional<String> name = page.language().textOf(shape, SHACLM.name);
        Statement path = shape.getProperty(SHACLM.path);
        if (path == null) {
            html.text(page.text("path.focusNode"));
            name.ifPresent(text -> html.text(" (" + text + ")"));
            return;
        }
        RDFNode property = path.getObject();
        boolean labelled = property.isURIResource() && page.vocabulary().isTerm(property.asResource().getURI());
        if (name.isPresent() && !labelled) {
            html.text(name.get() + " ");
        }
        if (property.isURIResource()) {
            page.term(property.asResource());
        } else {
            html.text(page.text("path.complex"));
        }
    }

    /** How many values the shape allows, from {@code sh:minCount} and {@code sh:maxCount}. */
    void cardinality(Resource shape) {
        html.text(count(shape, SHACLM.minCount, SHACLM.maxCount).orElseGet(() -> page.text("count.any")));
    }

    /** Which values the shape allows: every other constraint parameter, one item each. */
    void values(Resource shape) {
        List<Statement> facets = facets(shape);
        if (facets.isEmpty()) {
            html.text("—");
            return;
        }
        if (facets.size() == 1) {
            facet(facets.get(0));
            return;
        }
        html.open("ul", "class", "facets");
        for (Statement facet : facets) {
            html.open("li");
            facet(facet);
            html.close("li");
        }
        html.close("ul");
    }

    /** The severity of a failure, in words; a violation is marked so that it stands out without colour. */
    void severity(Resource shape) {
        Resource severity = ShapeIndex.severity(shape);
        String words = NAMED_IN_WORDS.contains(severity) ? page.text("severity." + severity.getLocalName())
                : page.vocabulary().shortName(severity.getURI());
        html.element(SHACLM.Violation.equals(severity) ? "strong" : "span", words);
    }

    /** The shape's message in the page's language, else in the other one, marked with its language. */
    void message(Resource shape) {
        Language language = page.language();
        Optional<String> message = language.textOf(shape, SHACLM.message)
                .or(() -> language.textOf(shape, SHACLM.description));
        if (message.isPresent()) {
            html.text(message.get());
            return;
        }
        Optional<String> other = language.other().textOf(shape, SHACLM.message);
        if (other.isPresent()) {
            html.element("span", other.get(), "lang", language.other().tag());
        } else {
            html.text("—");
        }
    }

    /** The constraint parameters of a shape that the values column lists, in a fixed order. */
    private static List<Statement> facets(Resource shape) {
        List<Statement> facets = new ArrayList<>();
        for (Statement statement : shape.listProperties().toList()) {
            Property predicate = statement.getPredicate();
            if (ShapeIndex.isConstraint(predicate) && !SHOWN_WITH_ANOTHER.contains(predicate)) {
                facets.add(statement);
            }
        }
        facets.sort(Comparator.comparing((Statement facet) -> rank(facet.getPredicate()))
                .thenComparing(facet -> facet.getPredicate().getURI())
                .thenComparing(facet -> facet.getObject().toString()));
        return facets;
    }

    private static int rank(Property predicate) {
        int rank = ORDER.indexOf(predicate);
        return rank < 0 ? ORDER.size() : rank;
    }

    private void facet(Statement facet) {
        Property predicate = facet.getPredicate();
        RDFNode value = facet.getObject();
        if (SHACLM.nodeKind.equals(predicate) && NAMED_IN_WORDS.contains(value)) {
            html.text(page.text("nodeKind." + value.asResource().getLocalName()));
        } else if (SHACLM.uniqueLang.equals(predicate) && value.isLiteral()) {
            boolean unique = "true".equals(value.asLiteral().getLexicalForm());
            html.text(page.text(unique ? "facet.uniqueLang" : "facet.anyLang"));
        } else if (SHACLM.qualifiedValueShape.equals(predicate)) {
            qualified(facet.getSubject(), value);
        } else if (!ORDER.contains(predicate) || SHACLM.nodeKind.equals(predicate)
                || SHACLM.uniqueLang.equals(predicate)) {
            html.element("code", page.vocabulary().shortName(predicate.getURI()));
            html.text(page.text("punctuation.colon"));
            page.value(value);
        } else {
            html.text(page.text("facet." + predicate.getLocalName()) + " ");
            parameterValue(predicate, facet);
        }
    }

    private void parameterValue(Property predicate, Statement facet) {
        RDFNode value = facet.getObject();
        if (LOGICAL.contains(predicate)) {
            shapes(list(value), page.text("word." + predicate.getLocalName()));
        } else if (VALUE_LISTS.contains(predicate)) {
            page.values(list(value));
        } else if (SHACLM.not.equals(predicate) || SHACLM.node.equals(predicate)) {
            shape(value);
        } else if (SHACLM.pattern.equals(predicate)) {
            page.value(value);
            Statement flags = facet.getSubject().getProperty(SHACLM.flags);
            if (flags != null) {
                html.text(" " + page.text("facet.flags") + " ");
                page.value(flags.getObject());
            }
        } else {
            page.value(value);
        }
    }

    /** A qualified value shape: how many values must conform to it, then what it requires. */
    private void qualified(Resource shape, RDFNode valueShape) {
        String count = count(shape, SHACLM.qualifiedMinCount, SHACLM.qualifiedMaxCount)
                .orElseGet(() -> page.text("count.any"));
        html.text(page.format("facet.qualifiedValueShape", count) + " (");
        shape(valueShape);
        html.text(")");
    }

    private void shapes(List<RDFNode> shapes, String separator) {
        for (int i = 0; i < shapes.size(); i++) {
            if (i > 0) {
                html.text(" " + separator + " ");
            }
            html.text("(");
            shape(shapes.get(i));
            html.text(")");
        }
    }

    /** A shape inside another: a named one as a link, a blank one described inline. */
    private void shape(RDFNode node) {
        if (!node.isAnon()) {
            page.value(node);
            return;
        }
        Resource shape = node.asResource();
        Statement path = shape.getProperty(SHACLM.path);
        if (path != null) {
            page.value(path.getObject());
            html.text(page.text("punctuation.colon"));
        }
        Optional<String> count = count(shape, SHACLM.minCount, SHACLM.maxCount);
        count.ifPresent(html::text);
        boolean first = count.isEmpty();
        for (Statement facet : facets(shape)) {
            if (!first) {
                html.text(", ");
            }
            facet(facet);
            first = false;
        }
    }

    /** The count a pair of parameters allows, in words; empty when neither is given. */
    private Optional<String> count(Resource shape, Property min, Property max) {
        Optional<String> least = lexicalForm(shape, min);
        Optional<String> most = lexicalForm(shape, max);
        if (least.isPresent() && most.isPresent()) {
            return Optional.of(least.equals(most) ? page.format("count.exactly", least.get())
                    : page.format("count.between", least.get(), most.get()));
        }
        if (least.isPresent()) {
            return Optional.of(page.format("count.atLeast", least.get()));
        }
        return most.map(value -> page.format("count.atMost", value));
    }

    /** A count as written, so that a malformed one still shows rather than failing the page. */
    private static Optional<String> lexicalForm(Resource shape, Property property) {
        Statement statement = shape.getProperty(property);
        if (statement == null || !statement.getObject().isLiteral()) {
            return Optional.empty();
        }
        return Optional.of(statement.getLiteral().getLexicalForm());
    }

    private static List<RDFNode> list(RDFNode value) {
        return value.canAs(RDFList.class) ? value.as(RDFList.class).asJavaList() : List.of(value);
    }
}
