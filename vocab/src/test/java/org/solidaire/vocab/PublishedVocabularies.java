// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The terms that published vocabularies define, read from local copies so that tests never go online.
 *
 * <p>Sources: the npm packages {@code @vocabulary/*} installed by {@code npm ci --prefix vocab} into
 * {@code vocab/node_modules}, the DPV 2.3 files and the EU SEMIC application profiles in the shared fixtures.
 * A term "exists" when its published file says something about it as a subject; for the SEMIC profiles, which
 * are SHACL shapes rather than vocabularies, when a shape targets it or constrains it as a path or class.
 */
final class PublishedVocabularies {

    /** The npm command that installs the published vocabularies; repeated in every failure message. */
    static final String NPM_COMMAND = "npm ci --prefix vocab --no-audit --no-fund";

    /**
     * SAREF and SAREF4WATR terms that the vocabulary uses. ETSI publishes these ontologies on its own forge, which
     * neither npm nor the fixtures carry, so the names below were checked by hand against the published SAREF 3 core
     * and SAREF4WATR 1.1 term lists; a term outside this list fails the test until it is checked the same way.
     */
    static final Set<String> SAREF_TERMS_CHECKED_BY_HAND = Set.of(
            SAREF.NS + "Meter", SAREF.NS + "Measurement", SAREF.NS + "FeatureOfInterest",
            S4WATR.NS + "WaterMeter", S4WATR.NS + "Tariff");

    private static final Map<String, String> NPM_PACKAGES = Map.ofEntries(
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#", "rdfs"),
            Map.entry("http://www.w3.org/2002/07/owl#", "owl"),
            Map.entry("http://www.w3.org/2001/XMLSchema#", "xsd"),
            Map.entry("http://www.w3.org/2004/02/skos/core#", "skos"),
            Map.entry("http://purl.org/dc/terms/", "dcterms"),
            Map.entry("http://purl.org/vocab/vann/", "vann"),
            Map.entry("http://www.w3.org/ns/dcat#", "dcat"),
            Map.entry("http://www.w3.org/ns/prov#", "prov"),
            Map.entry("http://www.w3.org/ns/sosa/", "sosa"),
            Map.entry("http://qudt.org/schema/qudt/", "qudt"),
            Map.entry("http://qudt.org/vocab/unit/", "unit"),
            Map.entry("http://qudt.org/vocab/quantitykind/", "quantitykind"),
            Map.entry("http://schema.org/", "schema"),
            Map.entry("http://xmlns.com/foaf/0.1/", "foaf"),
            Map.entry("http://www.w3.org/2006/vcard/ns#", "vcard"),
            Map.entry("http://www.w3.org/ns/locn#", "locn"),
            Map.entry("http://www.w3.org/ns/org#", "org"),
            Map.entry("http://www.w3.org/2006/time#", "time"),
            Map.entry("http://www.w3.org/ns/ldp#", "ldp"),
            Map.entry("http://www.w3.org/ns/auth/acl#", "acl"),
            Map.entry("http://www.w3.org/ns/solid/terms#", "solid"),
            Map.entry("http://www.w3.org/ns/pim/space#", "pim"),
            Map.entry("http://www.w3.org/ns/posix/stat#", "stat"));

    private static final Map<String, String> DPV_FILES = Map.of(
            DPV.NS, "dpv.ttl", PD.NS, "pd.ttl", EUGDPR.NS, "eu-gdpr.ttl");

    private static final Set<String> SEMIC_NAMESPACES = Set.of(CV.NS, PERSON.NS, "http://www.w3.org/ns/adms#");

    private static final List<String> SEMIC_FILES = List.of(
            "semic-core-person/core-person-ap-SHACL.ttl", "semic-core-location/core-location-ap-SHACL.ttl");

    private static final String SH = "http://www.w3.org/ns/shacl#";

    private final Map<String, Set<String>> termsByNamespace = new HashMap<>();

    private PublishedVocabularies() {
    }

    /** Loads every source; call once per test class, since schema.org and QUDT units take a moment to parse. */
    static PublishedVocabularies load() {
        PublishedVocabularies published = new PublishedVocabularies();
        NPM_PACKAGES.forEach((namespace, name) -> published.readSubjects(namespace, npmFile(name)));
        DPV_FILES.forEach((namespace, file) -> published.readSubjects(namespace, fixture("w3c-dpv/" + file)));
        SEMIC_FILES.forEach(file -> published.readShapeTerms(fixture(file)));
        published.termsByNamespace.computeIfAbsent(SAREF.NS, k -> new HashSet<>()).addAll(SAREF_TERMS_CHECKED_BY_HAND);
        published.termsByNamespace.computeIfAbsent(S4WATR.NS, k -> new HashSet<>())
                .addAll(SAREF_TERMS_CHECKED_BY_HAND);
        return published;
    }

    /** The module directory: surefire runs tests there, so the empty path resolves to it. */
    static Path moduleDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /** A file of the shared fixtures, which sit beside the repository. */
    static Path fixture(String relativePath) {
        Path file = moduleDirectory().resolve("../../shared/fixtures").resolve(relativePath).normalize();
        if (!Files.isRegularFile(file)) {
            fail("Missing shared fixture " + file + ": the tests expect shared/ beside the repository checkout");
        }
        return file;
    }

    private static Path npmFile(String name) {
        Path file = moduleDirectory().resolve("node_modules/@vocabulary").resolve(name).resolve(name + ".nq");
        if (!Files.isRegularFile(file)) {
            fail("Missing published vocabulary " + file + ". Install the vocabularies the tests check against: from the"
                    + " repository root, run `" + NPM_COMMAND + "`");
        }
        return file;
    }

    /** Whether this class knows a published source for the namespace of the term. */
    boolean covers(String iri) {
        return namespaceOf(iri).isPresent();
    }

    /** Whether the term's published vocabulary defines it. */
    boolean defines(String iri) {
        return namespaceOf(iri).map(ns -> termsByNamespace.get(ns).contains(iri)).orElse(false);
    }

    /** The longest known namespace the IRI starts with. */
    Optional<String> namespaceOf(String iri) {
        return termsByNamespace.keySet().stream()
                .filter(iri::startsWith)
                .max(Comparator.comparingInt(String::length));
    }

    private void readSubjects(String namespace, Path file) {
        Set<String> terms = termsByNamespace.computeIfAbsent(namespace, k -> new HashSet<>());
        RDFParser.source(file).parse(collector(triple -> {
            if (triple.getSubject().isURI()) {
                terms.add(triple.getSubject().getURI());
            }
        }));
    }

    private void readShapeTerms(Path file) {
        RDFParser.source(file).parse(collector(triple -> {
            String predicate = triple.getPredicate().getURI();
            boolean namesTerm = predicate.equals(SH + "path") || predicate.equals(SH + "class")
                    || predicate.equals(SH + "targetClass");
            Node object = triple.getObject();
            if (namesTerm && object.isURI()) {
                SEMIC_NAMESPACES.stream().filter(object.getURI()::startsWith).forEach(ns ->
                        termsByNamespace.computeIfAbsent(ns, k -> new HashSet<>()).add(object.getURI()));
            }
        }));
    }

    private static StreamRDF collector(Consumer<Triple> action) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                action.accept(triple);
            }

            @Override
            public void quad(Quad quad) {
                action.accept(quad.asTriple());
            }
        };
    }
}
