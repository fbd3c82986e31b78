// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes and reads the RDF terms the records are made of: typed literals as the shapes want them, and single or
 * repeated values of a subject, with a clear message when the graph does not hold what a record needs.
 */
final class RdfValues {

    private RdfValues() {
    }

    static Node iri(URI iri) {
        return NodeFactory.createURI(iri.toString());
    }

    /**
     * The IRI of a value that belongs to a resource, such as the result of a reading: a fragment derived from the
     * resource's own, so that writing the same resource twice names the same nodes and adds nothing.
     */
    static Node derived(URI owner, String suffix) {
        String iri = owner.toString();
        return NodeFactory.createURI(iri.indexOf('#') >= 0 ? iri + "-" + suffix : iri + "#" + suffix);
    }

    static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /**
     * A date-time as {@code xsd:dateTime}. Its time zone has whole minutes, so a time at an offset with seconds (as
     * local mean time gives before 1911 in Paris) is written at the same instant in UTC; and a year past 9999 is
     * written with its digits alone, without the sign Java's ISO format puts before it.
     */
    static Node dateTime(OffsetDateTime time) {
        OffsetDateTime written = time.getOffset().getTotalSeconds() % 60 == 0 ? time
                : time.withOffsetSameInstant(ZoneOffset.UTC);
        String lexical = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(written);
        return NodeFactory.createLiteralDT(lexical.startsWith("+") ? lexical.substring(1) : lexical,
                XSDDatatype.XSDdateTime);
    }

    static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static void add(Graph graph, Node subject, Node predicate, Node object) {
        graph.add(Triple.create(subject, predicate, object));
    }

    /** Adds the triple when the value is present. */
    static void addOptional(Graph graph, Node subject, Node predicate, Node object) {
        if (object != null) {
            graph.add(Triple.create(subject, predicate, object));
        }
    }

    static void addType(Graph graph, Node subject, Node type) {
        graph.add(Triple.create(subject, RDF.Nodes.type, type));
    }

    static Optional<Node> optional(Graph graph, Node subject, Node predicate) {
        List<Triple> found = graph.find(subject, predicate, Node.ANY).toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException(subject + " has " + found.size() + " values of " + predicate
                    + " where one is expected");
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getObject());
    }

    static Node required(Graph graph, Node subject, Node predicate) {
        return optional(graph, subject, predicate).orElseThrow(() -> new IllegalArgumentException(subject
                + " has no " + predicate));
    }

    static List<Node> all(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The IRI subjects typed with the class, in IRI order so that lists read from a graph are stable. */
    static List<URI> subjectsOfType(Graph graph, Node type) {
        List<URI> subjects = new ArrayList<>();
        graph.find(Node.ANY, RDF.Nodes.type, type).forEach(t -> {
            if (t.getSubject().isURI()) {
                subjects.add(URI.create(t.getSubject().getURI()));
            }
        });
        subjects.sort(Comparator.comparing(URI::toString));
        return subjects;
    }

    static URI toUri(Node node) {
        if (!node.isURI()) {
            throw new IllegalArgumentException("An IRI is expected, not " + node);
        }
        return URI.create(node.getURI());
    }

    static List<URI> toUris(List<Node> nodes) {
        return nodes.stream().map(RdfValues::toUri).sorted(Comparator.comparing(URI::toString)).toList();
    }

    static List<URI> sorted(List<URI> iris) {
        return iris.stream().distinct().sorted(Comparator.comparing(URI::toString)).toList();
    }

    static BigDecimal toDecimal(Node node) {
        try {
            return new BigDecimal(literal(node));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A number is expected, not " + node, e);
        }
    }

    static OffsetDateTime toDateTime(Node node) {
        String lexical = literal(node);
        try {
            // Java's ISO format wants a sign before a year past 9999, which xsd:dateTime writes without one.
            return OffsetDateTime.parse(lexical.indexOf('-') > 4 && Character.isDigit(lexical.charAt(0))
                    ? "+" + lexical : lexical);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A date-time with a time zone is expected, not " + node, e);
        }
    }

    static LocalDate toDate(Node node) {
        try {
            return LocalDate.parse(literal(node));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A date is expected, not " + node, e);
        }
    }

    static String literal(Node node) {
        if (!node.isLiteral()) {
            throw new IllegalArgumentException("A literal is expected, not " + node);
        }
        return node.getLiteralLexicalForm();
    }
}
