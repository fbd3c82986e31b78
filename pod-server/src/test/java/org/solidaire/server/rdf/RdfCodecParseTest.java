// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.vocab.LDP;

class RdfCodecParseTest {

    private static final String BASE = "https://pod.example/notes/1";
    private static final Node RESOURCE = NodeFactory.createURI(BASE);
    private static final Node EX_P = NodeFactory.createURI("http://example.org/p");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalStderr;

    @BeforeEach
    void watchLogAndStderr() {
        log.start();
        rootLogger().addAppender(log);
        originalStderr = System.err;
        System.setErr(new PrintStream(stderr, true, UTF_8));
    }

    @AfterEach
    void stopWatching() {
        System.setErr(originalStderr);
        rootLogger().detachAppender(log);
    }

    @Test
    void turtleResolvesRelativeIrisAgainstTheBase() {
        Graph graph = parse("@prefix ldp: <http://www.w3.org/ns/ldp#> .\n"
                + "<> a ldp:Resource ; <http://example.org/p> <child>, <#part>, <../other> .", RdfFormat.TURTLE);
        assertAll(
                () -> assertTrue(graph.contains(RESOURCE, RDF.Nodes.type, LDP.Resource)),
                () -> assertTrue(graph.contains(RESOURCE, EX_P, uri("https://pod.example/notes/child"))),
                () -> assertTrue(graph.contains(RESOURCE, EX_P, uri("https://pod.example/notes/1#part"))),
                () -> assertTrue(graph.contains(RESOURCE, EX_P, uri("https://pod.example/other"))),
                () -> assertEquals(4, graph.size()));
    }

    @Test
    void aGraphIsTheDefaultGraphOfADocumentWithNamedGraphsLeftOutQuietly() {
        String document = "{\"@id\": \"\", \"http://example.org/p\": \"kept\", "
                + "\"@graph\": {\"@id\": \"#inner\", \"http://example.org/p\": \"named\"}}";

        Graph graph = parse(document, RdfFormat.JSON_LD);
        RdfDocument whole = RdfCodec.parseDocument(new ByteArrayInputStream(document.getBytes(UTF_8)),
                RdfFormat.JSON_LD, BASE, null);

        assertAll(
                () -> assertEquals(1, graph.size()),
                () -> assertTrue(graph.contains(RESOURCE, EX_P, NodeFactory.createLiteralString("kept"))),
                () -> assertEquals(graph.size(), whole.defaultGraph().size()),
                () -> assertTrue(whole.namedGraphs().get(RESOURCE).contains(uri(BASE + "#inner"), EX_P,
                        NodeFactory.createLiteralString("named"))));
        assertNothingLoggedOrPrinted();
    }

    @Test
    void malformedTurtleIsABadRequestNamingLineAndColumn() {
        String broken = "@prefix ex: <http://example.org/> .\n"
                + "<> ex:p ex:o .\n"
                + "<a> ex:p \"x\" ;\n"
                + "   ex:q ] .\n";
        ProblemException problem = assertThrows(ProblemException.class, () -> parse(broken, RdfFormat.TURTLE));
        assertAll(
                () -> assertEquals(400, problem.status()),
                () -> assertTrue(problem.detail().startsWith("Turtle syntax error at line 4, column 9: "),
                        problem.detail()),
                () -> assertEquals(4L, problem.extensions().get("line")),
                () -> assertEquals(9L, problem.extensions().get("column")));
        assertNothingLoggedOrPrinted();
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                arguments(RdfFormat.TURTLE, "<> <http://example.org/p> \"unterminated .", 1L),
                arguments(RdfFormat.TURTLE, "<> <http://example.org/p> <http://exa mple.org/> .", 1L),
                arguments(RdfFormat.TURTLE, "\n\nex:a ex:b ex:c .", 3L),
                arguments(RdfFormat.TURTLE, "<> <http://example.org/p> <http://example.org/%zz> .", 1L),
                arguments(RdfFormat.TURTLE, "<> <http://example.org/p> <http://example.org/a|b> .", 1L),
                arguments(RdfFormat.N_TRIPLES, "<http://a/> <http://b/> <http://[c/> .", 1L),
                arguments(RdfFormat.JSON_LD, "{\"@id\": \"http://example.org/{a}\", \"http://ex.org/p\": 1}", null),
                arguments(RdfFormat.N_TRIPLES, "<http://a/> <http://b/> <http://c/>\n", 2L),
                arguments(RdfFormat.N_TRIPLES, "<http://a/> <http://b/> \"x\"@ .", 1L),
                arguments(RdfFormat.JSON_LD, "{\n  \"@id\": \"x\",\n  \"http://example.org/p\": \n", 4L),
                arguments(RdfFormat.JSON_LD, "{ \"@id\": 42 }", null),
                arguments(RdfFormat.JSON_LD, "", null),
                arguments(RdfFormat.RDF_XML, "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                        + "  <rdf:Description rdf:about=\"http://a/\">\n  </rdf:RDF>", 3L),
                arguments(RdfFormat.RDF_XML, "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + "<rdf:Description rdf:about=\"http://a/\"><p>x</p></rdf:Description></rdf:RDF>", 1L),
                arguments(RdfFormat.RDF_XML, "", null),
                arguments(RdfFormat.RDF_XML, "not xml at all", 1L));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("malformedBodies")
    void malformedBodiesAreBadRequestsThatTheServerDoesNotLog(RdfFormat format, String body, Long line) {
        ProblemException problem = assertThrows(ProblemException.class, () -> parse(body, format));
        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith(format.lang().getLabel() + " syntax error"), problem.detail());
        if (line != null) {
            assertEquals(line, problem.extensions().get("line"), problem.detail());
        }
        assertNothingLoggedOrPrinted();
    }

    static Stream<Arguments> deeplyNestedBodies() {
        int depth = 200_000;
        return Stream.of(
                arguments(RdfFormat.TURTLE, "<> <http://example.org/p> " + "[ <http://example.org/p> ".repeat(depth)
                        + "1" + " ]".repeat(depth) + " ."),
                arguments(RdfFormat.TURTLE, "<> <http://example.org/p> " + "( ".repeat(depth) + " )".repeat(depth)
                        + " ."),
                arguments(RdfFormat.JSON_LD, "{\"@id\": \"\", " + "\"http://example.org/p\": {".repeat(depth)
                        + "\"@id\": \"x\"" + "}".repeat(depth) + "}"),
                arguments(RdfFormat.JSON_LD, "[".repeat(depth) + "]".repeat(depth)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("deeplyNestedBodies")
    void deepNestingIsABadRequestRatherThanAnError(RdfFormat format, String body) {
        try {
            parse(body, format);
        } catch (ProblemException problem) {
            // Whether the stack overflows depends on the thread's stack size; an Error must never escape.
            assertEquals(400, problem.status());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "N_TRIPLES", "JSON_LD"})
    void bytesThatAreNotUtf8AreABadRequestRatherThanReplaced(RdfFormat format) {
        String text = format == RdfFormat.JSON_LD ? "{\"@id\": \"http://example.org/s\", "
                + "\"http://example.org/p\": \"#\"}" : "<http://example.org/s> <http://example.org/p> \"#\" .";
        byte[] body = text.getBytes(UTF_8);
        body[text.indexOf('#')] = (byte) 0xff;

        ProblemException problem = assertThrows(ProblemException.class, () -> parse(body, format, null));

        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("UTF-8") || problem.detail().contains("encoding"), problem.detail());
    }

    @Test
    void aLargeBodyIsReadAsASmallOneIsWithItsErrorsPlacedAndItsEncodingChecked() {
        StringBuilder large = new StringBuilder("@prefix ex: <http://example.org/> .\n");
        for (int i = 0; i < 3000; i++) {
            large.append("<#r").append(i).append("> ex:p \"a value long enough to pass 64 KiB\" .\n");
        }
        Graph graph = parse(large.toString(), RdfFormat.TURTLE);
        large.append("<a> ex:q ] .\n");
        ProblemException syntax = assertThrows(ProblemException.class, () -> parse(large.toString(),
                RdfFormat.TURTLE));
        byte[] notUtf8 = (large.substring(0, large.length() - 13) + "<a> ex:q \"#\" .\n").getBytes(UTF_8);
        notUtf8[notUtf8.length - 5] = (byte) 0xff;
        ProblemException coding = assertThrows(ProblemException.class, () -> parse(notUtf8, RdfFormat.TURTLE,
                null));

        assertAll(
                () -> assertTrue(large.length() > 64 * 1024),
                () -> assertEquals(3000, graph.size()),
                () -> assertEquals(3002L, syntax.extensions().get("line"), syntax.detail()),
                () -> assertEquals(10L, syntax.extensions().get("column"), syntax.detail()),
                () -> assertEquals(400, coding.status()),
                () -> assertTrue(coding.detail().contains("UTF-8"), coding.detail()));
    }

    @Test
    void bytesThatAreNotInTheNamedCharsetAreABadRequest() {
        String text = "<http://example.org/s> <http://example.org/p> \"#\" .";
        byte[] body = text.getBytes(ISO_8859_1);
        body[text.indexOf('#')] = (byte) 0x81;

        ProblemException problem = assertThrows(ProblemException.class,
                () -> parse(body, RdfFormat.TURTLE, Charset.forName("windows-1252")));

        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("not valid windows-1252"), problem.detail());
    }

    @Test
    void aLiteralThatDoesNotFitItsDatatypeIsOnlyAWarning() {
        Graph graph = parse("<> <http://example.org/p> \"abc\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                RdfFormat.TURTLE);
        assertEquals(1, graph.size());
        assertNothingLoggedOrPrinted();
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "JSON_LD"})
    void anIriThatOnlyBreaksTheRulesOfItsSchemeIsStillRead(RdfFormat format) {
        String body = format == RdfFormat.TURTLE ? "<> <http://example.org/p> <urn:x> ."
                : "{\"@id\": \"\", \"http://example.org/p\": {\"@id\": \"urn:x\"}}";

        Graph graph = parse(body, format);

        assertTrue(graph.contains(RESOURCE, EX_P, uri("urn:x")), graph::toString);
    }

    @Test
    void aJsonLdBaseDirectionIsKeptAndComesBackInEveryFormatThatCarriesIt() {
        String json = "{\"@context\": {\"@vocab\": \"http://example.org/\"}, \"@id\": \"#sign\", "
                + "\"label\": {\"@value\": \"\u0645\u0627\u0621\", \"@language\": \"ar\", \"@direction\": \"rtl\"}}";
        Node expected = NodeFactory.createLiteralDirLang("\u0645\u0627\u0621", "ar", "rtl");

        Graph read = RdfCodec.parse(new ByteArrayInputStream(json.getBytes(UTF_8)), RdfFormat.JSON_LD,
                "https://pod.example/notes/", null);

        assertEquals(expected, read.find().next().getObject());
        for (RdfFormat format : new RdfFormat[] {RdfFormat.TURTLE, RdfFormat.N_TRIPLES, RdfFormat.JSON_LD}) {
            byte[] written = RdfCodec.toBytes(read, format);
            Graph again = RdfCodec.parse(new ByteArrayInputStream(written), format, "https://pod.example/notes/",
                    null);
            assertEquals(expected, again.find().next().getObject(), format + ": " + new String(written, UTF_8));
        }
    }

    @Test
    void jsonLdWithAnInlineContextResolvesAgainstTheBase() {
        Graph graph = parse("{\"@context\": {\"ex\": \"http://example.org/\", \"p\": {\"@id\": \"ex:p\", "
                + "\"@type\": \"@id\"}}, \"@id\": \"\", \"p\": \"child\"}", RdfFormat.JSON_LD);
        assertTrue(graph.contains(RESOURCE, EX_P, uri("https://pod.example/notes/child")));
        assertEquals(1, graph.size());
    }

    @Test
    void rdfXmlWithoutDoctypeIsRead() {
        Graph graph = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns:ex=\"http://example.org/\">\n"
                + "  <rdf:Description rdf:about=\"\"><ex:p rdf:resource=\"child\"/><ex:p>caf\u00e9 &amp; co</ex:p>"
                + "</rdf:Description>\n</rdf:RDF>", RdfFormat.RDF_XML);
        assertTrue(graph.contains(RESOURCE, EX_P, uri("https://pod.example/notes/child")));
        assertTrue(graph.contains(RESOURCE, EX_P, NodeFactory.createLiteralString("caf\u00e9 & co")));
    }

    static Stream<Arguments> charsets() {
        return Stream.of(
                arguments(RdfFormat.TURTLE, "<> <http://example.org/p> \"caf\u00e9 \u20ac\" ."),
                arguments(RdfFormat.N_TRIPLES, "<" + BASE + "> <http://example.org/p> \"caf\u00e9 \u20ac\" ."),
                arguments(RdfFormat.JSON_LD, "{\"@id\": \"\", \"http://example.org/p\": \"caf\u00e9 \u20ac\"}"),
                arguments(RdfFormat.RDF_XML, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                        + "xmlns:ex=\"http://example.org/\"><rdf:Description rdf:about=\"\">"
                        + "<ex:p>caf\u00e9 \u20ac</ex:p></rdf:Description></rdf:RDF>"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("charsets")
    void theCharsetOfTheContentTypeDecodesTheBody(RdfFormat format, String body) {
        Node literal = NodeFactory.createLiteralString("caf\u00e9 \u20ac");
        Charset windows = Charset.forName("windows-1252");
        assertAll(
                () -> assertTrue(parse(body.getBytes(UTF_8), format, null).contains(RESOURCE, EX_P, literal)),
                () -> assertTrue(parse(body.getBytes(UTF_8), format, UTF_8).contains(RESOURCE, EX_P, literal)),
                () -> assertTrue(parse(body.getBytes(windows), format, windows).contains(RESOURCE, EX_P, literal)),
                () -> assertTrue(parse(body.replace(" \u20ac", "").getBytes(ISO_8859_1), format, ISO_8859_1)
                        .contains(RESOURCE, EX_P, NodeFactory.createLiteralString("caf\u00e9"))));
    }

    @Test
    void blankNodeLabelsAreScopedToTheDocument() {
        String body = "_:b <http://example.org/p> _:b .";
        Graph first = parse(body, RdfFormat.TURTLE);
        Graph second = parse(body, RdfFormat.TURTLE);
        assertTrue(first.find().next().getSubject().isBlank());
        assertEquals(first.find().next().getSubject(), first.find().next().getObject());
        assertTrue(!first.find().next().getSubject().equals(second.find().next().getSubject()));
    }

    @Test
    void eachAnonymousBlankNodeIsANodeOfItsOwn() {
        RdfDocument document = RdfCodec.parseDocument(new ByteArrayInputStream(
                "<> <http://example.org/p> [], [], _:a, _:a .".getBytes(UTF_8)), RdfFormat.TURTLE, BASE, null);

        assertEquals(3, document.defaultGraph().size());
    }

    private static Graph parse(String body, RdfFormat format) {
        return parse(body.getBytes(UTF_8), format, null);
    }

    private static Graph parse(byte[] body, RdfFormat format, Charset charset) {
        return RdfCodec.parse(new ByteArrayInputStream(body), format, BASE, charset);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private void assertNothingLoggedOrPrinted() {
        assertAll(
                () -> assertTrue(log.list.stream().noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN)),
                        () -> "logged: " + log.list),
                () -> assertEquals("", stderr.toString(UTF_8)));
    }
}
