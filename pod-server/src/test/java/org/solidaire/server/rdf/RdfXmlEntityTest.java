// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.problem.ProblemException;

class RdfXmlEntityTest {

    private static final String BASE = "https://pod.example/notes/1";
    private static final String SECRET = "secret-marker-5f3a";
    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String BODY = "<rdf:RDF xmlns:rdf=\"" + RDF_NS + "\" xmlns:ex=\"http://example.org/\">"
            + "<rdf:Description rdf:about=\"\"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>";

    @TempDir
    private static Path directory;

    private CountingServer server;

    @BeforeEach
    void startDtdServer() throws IOException {
        server = CountingServer.serving("application/xml-dtd", "<!ENTITY e \"" + SECRET + "\">");
    }

    @AfterEach
    void stopDtdServer() {
        server.close();
    }

    static Stream<Arguments> hostileDocuments() throws IOException {
        Path secretFile = Files.writeString(directory.resolve("secret.txt"), SECRET);
        String laughs = billionLaughs();
        return Stream.of(
                document("external entity in a file", url ->
                        "<!DOCTYPE rdf:RDF [<!ENTITY e SYSTEM \"" + secretFile.toUri() + "\">]>" + BODY),
                document("external entity /etc/passwd", url ->
                        "<!DOCTYPE rdf:RDF [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + BODY),
                document("external entity over HTTP", url ->
                        "<!DOCTYPE rdf:RDF [<!ENTITY e SYSTEM \"" + url + "\">]>" + BODY),
                document("external DTD", url ->
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \"" + url + "\">\n" + BODY),
                document("external DTD with a public id", url ->
                        "<!DOCTYPE rdf:RDF PUBLIC \"-//Example//DTD RDF//EN\" \"" + url + "\">" + BODY),
                document("external parameter entity", url ->
                        "<!DOCTYPE rdf:RDF [<!ENTITY % remote SYSTEM \"" + url + "\"> %remote;]>" + BODY),
                document("billion laughs", url -> laughs),
                document("harmless internal entity", url ->
                        "<!DOCTYPE rdf:RDF [<!ENTITY e \"hello\">]>" + BODY),
                document("DOCTYPE after comments", url ->
                        "<?xml version=\"1.0\"?><!-- a comment --><?pi data?>\n<!DOCTYPE rdf:RDF [<!ENTITY e \"x\">]>"
                                + BODY));
    }

    private static Arguments document(String name, Function<String, String> withDtdUrl) {
        return arguments(name, withDtdUrl);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileDocuments")
    void aDoctypeIsRefusedBeforeAnythingIsReadOrExpanded(String name, Function<String, String> document) {
        String xml = document.apply(server.url("/rdf.dtd"));
        for (Charset charset : new Charset[] {null, ISO_8859_1}) {
            ProblemException problem = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(ProblemException.class, () -> parse(xml.getBytes(UTF_8), charset)));
            assertAll(name + ", charset " + charset,
                    () -> assertEquals(400, problem.status()),
                    () -> assertTrue(problem.detail().contains("document type declaration"), problem.detail()),
                    () -> assertFalse(problem.detail().contains(SECRET), problem.detail()),
                    () -> assertTrue(problem.extensions().containsKey("line")),
                    () -> assertEquals(0, server.hits(), "requests to the DTD server"));
        }
    }

    @Test
    void aDoctypeInUtf16IsRefusedToo() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                + "<!DOCTYPE rdf:RDF [<!ENTITY e SYSTEM \"" + server.url("/e") + "\">]>" + BODY;
        ProblemException problem = assertThrows(ProblemException.class, () -> parse(xml.getBytes(UTF_16), null));
        assertEquals(400, problem.status());
        assertEquals(0, server.hits());
    }

    @Test
    void aDoctypeMentionedInACommentIsNoDoctype() {
        String xml = "<?xml version=\"1.0\"?><!-- <!DOCTYPE rdf:RDF [<!ENTITY e \"x\">]> -->"
                + BODY.replace("&e;", "plain");
        Graph graph = parse(xml.getBytes(UTF_8), null);
        assertTrue(graph.contains(NodeFactory.createURI(BASE), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("plain")));
    }

    @Test
    void anUndeclaredEntityIsASyntaxError() {
        ProblemException problem = assertThrows(ProblemException.class, () -> parse(BODY.getBytes(UTF_8), null));
        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("RDF/XML syntax error at line 1"), problem.detail());
    }

    @Test
    void withoutTheGuardJenaWouldExpandAnInternalEntity() {
        // The control: Jena's RDF/XML reader on its own accepts the DTD and expands the entity.
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("<!DOCTYPE rdf:RDF [<!ENTITY e \"expanded\">]>" + BODY, Lang.RDFXML).base(BASE)
                .parse(graph);
        assertTrue(graph.contains(NodeFactory.createURI(BASE), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("expanded")));
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10));
            dtd.append("\">\n");
        }
        dtd.append("<!ENTITY e \"&lol9;\">\n]>\n");
        return dtd + BODY;
    }

    private static Graph parse(byte[] body, Charset charset) {
        return RdfCodec.parse(new ByteArrayInputStream(body), RdfFormat.RDF_XML, BASE, charset);
    }
}
