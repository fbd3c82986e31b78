// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.document.JsonDocument;
import no.hasmac.jsonld.loader.DocumentLoaderOptions;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.LDP;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.TestServer;

/**
 * Real-world RDF documents from other Solid servers, the EU SEMIC, the W3C DPV and the ODRL access-control profile
 * survive a PUT in their own syntax and a GET in each of the four syntaxes the server writes.
 *
 * <p>The judge is an independent parser, RDF4J Rio. It reads the original with the IRI of the resource as base, as
 * the server does, then reads the answer; the two graphs must be isomorphic. Each fixture lives at its own path
 * below {@code alice/fixtures/}: a {@code .meta} file is stored as a description resource, as when a pod is
 * imported, and an ACL file as a document beside its name (with {@code .ttl} added), since stored as the ACL of its
 * resource its rules would rightly keep this test's anonymous client out.
 *
 * <p>Neither the server nor this test reaches the network. The server refuses a remote JSON-LD {@code @context}
 * by design, so the JSON-LD fixtures, which all name one, are checked twice: as published they must be refused
 * with a problem naming the context; sent with the context inline, taken from the local copy that ships with the
 * fixtures, they must round-trip like the others. Rio resolves the published contexts from the same local copies.
 */
class FixtureRoundTripTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    /** Surefire runs in the module directory, {@code main/pod-server}, a sibling of {@code shared} two levels up. */
    private static final Path FIXTURES = Path.of("").toAbsolutePath().resolve("../../shared/fixtures").normalize();

    /** Not valid Turtle as published (a statement ends with {@code ;} and the next subject follows). */
    private static final String BROKEN = "php-solid-server/settings/preferencesFile.ttl";

    /** The remote {@code @context} documents the JSON-LD fixtures name, and their copies among the fixtures. */
    private static final Map<String, String> LOCAL_CONTEXTS = Map.of(
            "https://raw.githubusercontent.com/smart-data-models/dataModel.WaterConsumption/master/context.jsonld",
            "smart-data-models/contexts/dataModel.WaterConsumption-context.jsonld",
            "https://raw.githubusercontent.com/smart-data-models/dataModel.Energy/master/context.jsonld",
            "smart-data-models/contexts/dataModel.Energy-context.jsonld",
            "https://raw.githubusercontent.com/smart-data-models/dataModel.UrbanMobility/master/context.jsonld",
            "smart-data-models/contexts/dataModel.UrbanMobility-context.jsonld",
            "https://semiceu.github.io/uri.semic.eu-generated/Core-Person-Vocabulary/releases/2.1.1/context/"
                    + "core-person-ap.jsonld",
            "semic-core-person/context/core-person-ap-2.1.1.jsonld");

    /** What the server adds to a description resource about the resource it describes (Solid Protocol §4.3.2). */
    private static final Set<IRI> SERVER_MANAGED = Set.of(DCTERMS.MODIFIED,
            Values.iri("http://www.w3.org/ns/posix/stat#mtime"), Values.iri("http://www.w3.org/ns/posix/stat#size"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Model> ORIGINALS = new ConcurrentHashMap<>();

    /** The four RDF syntaxes of the server, with their Rio formats. */
    enum Syntax {
        TURTLE("text/turtle", RDFFormat.TURTLE),
        JSON_LD("application/ld+json", RDFFormat.JSONLD),
        N_TRIPLES("application/n-triples", RDFFormat.NTRIPLES),
        RDF_XML("application/rdf+xml", RDFFormat.RDFXML);

        private final String mediaType;
        private final RDFFormat rio;

        Syntax(String mediaType, RDFFormat rio) {
            this.mediaType = mediaType;
            this.rio = rio;
        }

        /** The syntax of a fixture by its file name; ACL and description resources are Turtle in Solid. */
        static Optional<Syntax> ofFile(String name) {
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return switch (extension) {
                case "ttl", "acl", "meta" -> Optional.of(TURTLE);
                case "jsonld" -> Optional.of(JSON_LD);
                case "nt" -> Optional.of(N_TRIPLES);
                case "rdf", "owl" -> Optional.of(RDF_XML);
                default -> Optional.empty();
            };
        }

        @Override
        public String toString() {
            return mediaType;
        }
    }

    /**
     * An RDF document among the fixtures, by its path relative to the fixtures folder.
     *
     * @param path the path, with {@code /} separators
     * @param syntax the syntax its file name says
     * @param remoteContexts the IRIs of the remote JSON-LD contexts it names, in document order
     */
    record Fixture(String path, Syntax syntax, List<String> remoteContexts) {

        /** The resource that holds it on the server, at the same place in a folder of the pod. */
        String target() {
            return "alice/fixtures/" + path + (path.endsWith(".acl") ? ".ttl" : "");
        }

        /** Whether each remote context it names has a local copy, so that it can be sent with contexts inline. */
        boolean hasLocalContexts() {
            return LOCAL_CONTEXTS.keySet().containsAll(remoteContexts);
        }

        /** The bytes as published. */
        byte[] published() {
            try {
                return Files.readAllBytes(FIXTURES.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What is sent to the server: the published bytes, with each remote context replaced by its local copy. */
        byte[] body() {
            if (remoteContexts.isEmpty()) {
                return published();
            }
            try {
                return JSON.writeValueAsBytes(inlineContexts(JSON.readTree(published())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** How a test case names it: the path, and whether its contexts were put inline. */
        Named<Fixture> named() {
            return Named.of(remoteContexts.isEmpty() ? path : path + " (remote @context sent inline from its local"
                    + " copy)", this);
        }

        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Arguments> roundTrips() {
        return fixtures().filter(fixture -> !fixture.path().equals(BROKEN) && fixture.hasLocalContexts())
                .flatMap(fixture -> Arrays.stream(Syntax.values())
                        .map(syntax -> Arguments.of(fixture.named(), syntax)));
    }

    @ParameterizedTest(name = "{0} read back as {1}")
    @MethodSource("roundTrips")
    void aFixtureReadsBackIsomorphicInEverySyntax(Fixture fixture, Syntax answer) {
        String base = SERVER.url(fixture.target());
        Model original = ORIGINALS.computeIfAbsent(fixture.path(),
                path -> parse(fixture.published(), fixture.syntax(), base));
        createSubjectOfAuxiliary(fixture.target());

        HttpResponse<String> put = SERVER.send(SERVER.request(fixture.target())
                .header("Content-Type", fixture.syntax().mediaType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(fixture.body())).build());
        assertTrue(put.statusCode() == 201 || put.statusCode() == 204, () -> "PUT answered " + put.statusCode()
                + ": " + put.body());
        HttpResponse<byte[]> get = SERVER.sendForBytes(SERVER.request(fixture.target())
                .header("Accept", answer.mediaType).GET().build());

        assertEquals(200, get.statusCode(), () -> new String(get.body(), StandardCharsets.UTF_8));
        assertTrue(get.headers().firstValue("Content-Type").orElse("").startsWith(answer.mediaType),
                () -> get.headers().firstValue("Content-Type").orElse("no Content-Type"));
        Model read = withoutServerManagedDescription(fixture.target(), parse(get.body(), answer, base));
        assertTrue(Models.isomorphic(original, read), () -> difference(original, read));
    }

    static Stream<Named<Fixture>> remoteContextFixtures() {
        return fixtures().filter(fixture -> !fixture.remoteContexts().isEmpty())
                .map(fixture -> Named.of(fixture.path(), fixture));
    }

    @ParameterizedTest(name = "{0} as published: 400 naming its remote @context, no round trip")
    @MethodSource("remoteContextFixtures")
    void aJsonLdDocumentWithARemoteContextIsRefusedWithAProblemNamingTheContext(Fixture fixture) {
        String target = "alice/refused/" + fixture.path();
        String context = fixture.remoteContexts().get(0);

        HttpResponse<String> put = SERVER.send(SERVER.request(target).header("Content-Type", "application/ld+json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(fixture.published())).build());

        JsonNode problem = problem(put);
        assertAll(
                () -> assertEquals(400, put.statusCode(), put.body()),
                () -> assertEquals(context, problem.path("context").asText(), put.body()),
                () -> assertTrue(problem.path("detail").asText().contains(context), put.body()));
        assertNothingStored(target);
    }

    @Test
    void theBrokenPreferencesFileIsRefusedWithTheLineAndColumnOfTheErrorAndNothingIsStored() {
        Fixture fixture = fixtures().filter(f -> f.path().equals(BROKEN)).findFirst()
                .orElseGet(() -> fail("The broken fixture " + BROKEN + " is missing from " + FIXTURES));
        RDFParseException independent = assertThrows(RDFParseException.class,
                () -> parse(fixture.published(), Syntax.TURTLE, SERVER.url(fixture.target())),
                "RDF4J Rio reads the broken fixture too");

        HttpResponse<String> put = SERVER.send(SERVER.request(fixture.target()).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(fixture.published())).build());

        JsonNode problem = problem(put);
        assertAll(
                () -> assertEquals(400, put.statusCode(), put.body()),
                () -> assertEquals(independent.getLineNumber(), problem.path("line").asLong(), put.body()),
                () -> assertTrue(problem.path("column").asLong() >= 1, put.body()));
        assertNothingStored(fixture.target());
    }

    /** The RDF documents among the fixtures, in path order; fails when the folder is not where it should be. */
    static Stream<Fixture> fixtures() {
        if (!Files.isDirectory(FIXTURES)) {
            fail("The fixtures folder " + FIXTURES + " is missing: the conformance tests read the shared fixtures"
                    + " from ../../shared/fixtures relative to the pod-server module.");
        }
        List<Fixture> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                String path = FIXTURES.relativize(file).toString().replace('\\', '/');
                Syntax.ofFile(file.getFileName().toString())
                        .ifPresent(syntax -> found.add(new Fixture(path, syntax, remoteContextsOf(file, syntax))));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream();
    }

    private static List<String> remoteContextsOf(Path file, Syntax syntax) {
        if (syntax != Syntax.JSON_LD) {
            return List.of();
        }
        try {
            return JSON.readTree(file.toFile()).findValues("@context").stream()
                    .flatMap(context -> context.isArray() ? toList(context).stream() : Stream.of(context))
                    .filter(JsonNode::isTextual).map(JsonNode::asText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** Replaces every {@code @context} IRI in the document by the context its local copy defines. */
    private static JsonNode inlineContexts(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> field.setValue(field.getKey().equals("@context")
                    ? inlineContext(field.getValue()) : inlineContexts(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, inlineContexts(array.get(i)));
            }
        }
        return node;
    }

    private static JsonNode inlineContext(JsonNode context) {
        if (context.isTextual()) {
            return localContext(context.asText()).get("@context");
        }
        if (context.isArray()) {
            ArrayNode inline = JSON.createArrayNode();
            context.forEach(item -> inline.add(inlineContext(item)));
            return inline;
        }
        return context;
    }

    private static JsonNode localContext(String iri) {
        try {
            return JSON.readTree(FIXTURES.resolve(LOCAL_CONTEXTS.get(iri)).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A description resource needs the resource it belongs to; this creates it empty when missing. */
    private static void createSubjectOfAuxiliary(String target) {
        Optional<String> suffix = Stream.of(".meta").filter(target::endsWith).findFirst();
        if (suffix.isEmpty()) {
            return;
        }
        String subject = target.substring(0, target.length() - suffix.get().length());
        if (SERVER.get(subject, "text/turtle").statusCode() == 404) {
            HttpResponse<String> created = SERVER.put(subject, "text/turtle", "");
            assertEquals(201, created.statusCode(), () -> "creating " + subject + ": " + created.body());
        }
    }

    /** A description resource also states what the server manages about its subject; that is not the fixture's. */
    private static Model withoutServerManagedDescription(String target, Model read) {
        if (!target.endsWith(".meta")) {
            return read;
        }
        IRI subject = Values.iri(SERVER.url(target.substring(0, target.length() - ".meta".length())));
        Model kept = new LinkedHashModel(read);
        kept.removeIf(st -> st.getSubject().equals(subject) && (SERVER_MANAGED.contains(st.getPredicate())
                || st.getPredicate().equals(RDF.TYPE) && st.getObject().stringValue().startsWith(LDP.NAMESPACE)));
        return kept;
    }

    private static Model parse(byte[] bytes, Syntax syntax, String base) {
        RDFParser parser = Rio.createParser(syntax.rio);
        if (syntax == Syntax.JSON_LD) {
            parser.getParserConfig().set(JSONLDSettings.DOCUMENT_LOADER, FixtureRoundTripTest::loadLocalContext);
        }
        Model model = new LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(model));
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    /** The JSON-LD document loader of Rio: the local copy of a known context, and never the network. */
    private static JsonDocument loadLocalContext(URI url, DocumentLoaderOptions options)
            throws JsonLdError {
        String local = LOCAL_CONTEXTS.get(url.toString());
        if (local == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "No local copy of " + url);
        }
        try (InputStream in = Files.newInputStream(FIXTURES.resolve(local))) {
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
        }
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> "no problem details: " + response.headers().map() + " " + response.body());
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neither the resource nor the container it would have gone in exists after a refused PUT. */
    private static void assertNothingStored(String target) {
        String container = target.substring(0, target.lastIndexOf('/') + 1);
        assertAll(
                () -> assertEquals(404, SERVER.get(target, "text/turtle").statusCode(), target),
                () -> assertEquals(404, SERVER.get(container, "text/turtle").statusCode(), container));
    }

    /** The sizes of both graphs and the statements, blank nodes blurred, that only one of them has. */
    private static String difference(Model expected, Model actual) {
        return "not isomorphic: expected " + expected.size() + " statements, read " + actual.size()
                + "\nmissing:" + onlyIn(expected, actual) + "\nunexpected:" + onlyIn(actual, expected);
    }

    private static String onlyIn(Model one, Model other) {
        Set<String> others = other.stream().map(FixtureRoundTripTest::blurred).collect(Collectors.toSet());
        return one.stream().map(FixtureRoundTripTest::blurred).filter(st -> !others.contains(st)).limit(8)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String blurred(Statement st) {
        return term(st.getSubject()) + " " + term(st.getPredicate()) + " " + term(st.getObject());
    }

    private static String term(Value value) {
        return value.isBNode() ? "[]" : value.toString();
    }
}
