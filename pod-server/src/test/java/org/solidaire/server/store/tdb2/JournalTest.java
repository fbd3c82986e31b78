// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.StoreFixtures;

/**
 * Writes are journaled before they are answered and the database commits them later: reads see them in between, a
 * query waits for their commit, and a crash before it loses none of them.
 */
class JournalTest {

    private static final String BASE = "http://localhost:1/";
    private static final ResourcePath POD = ResourcePath.parse("/p/");
    private static final ResourcePath NOTES = ResourcePath.parse("/p/notes/");
    private static final ResourcePath DOC = ResourcePath.parse("/p/notes/doc");
    private static final ResourcePath OTHER = ResourcePath.parse("/p/notes/other");
    private static final ResourcePath FILE = ResourcePath.parse("/p/files/data.bin");
    private static final Node SUBJECT = NodeFactory.createURI(BASE + "p/notes/doc#it");
    private static final Node VALUE = NodeFactory.createURI("http://example.org/value");
    /** The database commits only when asked to: every write stays in the journal until then. */
    private static final GroupCommitWriter.EpochPolicy NEVER = new GroupCommitWriter.EpochPolicy(Long.MAX_VALUE,
            Duration.ofDays(1), Duration.ofDays(1));

    private Path dir;
    private Tdb2Store store;

    @BeforeEach
    void open() throws IOException {
        dir = Files.createTempDirectory("journal");
        store = Tdb2Store.open(dir, BASE, NEVER);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsSeeWritesBeforeTheDatabaseCommitsThem() throws Exception {
        store.put(POD, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
        store.put(DOC, new Content.Rdf(document("first")), Precondition.NONE);
        store.put(OTHER, new Content.Rdf(document("other")), Precondition.NONE);
        store.put(DOC, new Content.Rdf(document("second")), Precondition.NONE);
        store.patch(DOC, Precondition.NONE, graph -> {
            graph.add(SUBJECT, VALUE, NodeFactory.createLiteralString("patched"));
            return graph;
        });
        store.delete(OTHER, Precondition.NONE);
        byte[] bytes = "bytes".getBytes(StandardCharsets.UTF_8);
        store.put(FILE, StoreFixtures.binary(store, bytes), Precondition.NONE);

        Graph expected = document("second");
        expected.add(SUBJECT, VALUE, NodeFactory.createLiteralString("patched"));
        assertAll(
                () -> assertTrue(Files.size(dir.resolve("journal")) > 0, "the writes are in the journal"),
                () -> assertTrue(store.graph(DOC).isIsomorphicWith(expected)),
                () -> assertEquals(List.of(DOC), store.members(NOTES).stream().map(ResourceInfo::path).toList()),
                () -> assertTrue(store.info(OTHER).isEmpty()),
                () -> assertTrue(store.graph(OTHER).isEmpty()),
                () -> assertArrayEquals(bytes, StoreFixtures.read(store, FILE)));
    }

    @Test
    void aQueryFindsTheDatabaseHoldingEveryWriteBeforeIt() throws IOException {
        store.put(POD, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
        store.put(DOC, new Content.Rdf(document("first")), Precondition.NONE);

        long found = store.read(DOC, dataset -> dataset.stream(NodeFactory.createURI(BASE + "p/notes/doc"), SUBJECT,
                VALUE, Node.ANY).count());

        assertEquals(document("first").find(SUBJECT, VALUE, Node.ANY).toList().size(), found);
        assertEquals(0, Files.size(dir.resolve("journal")), "the commit empties the journal");
    }

    @Test
    void aCrashLosesNoAnsweredWrite() throws Exception {
        store.put(POD, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
        store.put(DOC, new Content.Rdf(document("first")), Precondition.NONE);
        store.put(OTHER, new Content.Rdf(document("other")), Precondition.NONE);
        store.delete(OTHER, Precondition.NONE);
        byte[] bytes = "bytes".getBytes(StandardCharsets.UTF_8);
        store.put(FILE, StoreFixtures.binary(store, bytes), Precondition.NONE);
        ResourceInfo doc = store.info(DOC).orElseThrow();
        ResourceInfo notes = store.info(NOTES).orElseThrow();

        Path crashed = crashCopy();
        store.close();
        store = Tdb2Store.open(crashed, BASE, NEVER);

        assertAll(
                () -> assertEquals(doc, store.info(DOC).orElseThrow(), "the same version, so the same entity tag"),
                () -> assertEquals(notes, store.info(NOTES).orElseThrow()),
                () -> assertTrue(store.graph(DOC).isIsomorphicWith(document("first"))),
                () -> assertEquals(List.of(DOC), store.members(NOTES).stream().map(ResourceInfo::path).toList()),
                () -> assertTrue(store.info(OTHER).isEmpty()),
                () -> assertArrayEquals(bytes, StoreFixtures.read(store, FILE)),
                () -> assertEquals(0, Files.size(crashed.resolve("journal")), "applied and emptied"));
    }

    @Test
    void aLargeWriteIsCommittedAtOnceRatherThanJournaled() throws Exception {
        store.put(POD, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
        Graph large = GraphFactory.createGraphMem();
        for (int i = 0; i < 6000; i++) {
            large.add(NodeFactory.createURI(BASE + "p/notes/doc#r" + i), VALUE, NodeFactory.createLiteralString("v"));
        }

        store.put(DOC, new Content.Rdf(large), Precondition.NONE);

        assertEquals(0, Files.size(dir.resolve("journal")), "committed with the batches before it");
        Path crashed = crashCopy();
        store.close();
        store = Tdb2Store.open(crashed, BASE, NEVER);
        assertAll(
                () -> assertTrue(store.graph(DOC).isIsomorphicWith(large)),
                () -> assertTrue(store.info(POD).isPresent()));
    }

    @Test
    void aRecordCutShortByACrashIsLeftOut() throws Exception {
        store.put(POD, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
        store.put(DOC, new Content.Rdf(document("first")), Precondition.NONE);
        Path crashed = crashCopy();
        try (FileChannel journal = FileChannel.open(crashed.resolve("journal"), StandardOpenOption.APPEND)) {
            // The header of a record whose payload the crash cut off.
            journal.write(ByteBuffer.allocate(20).putInt(0x534a524e).putLong(99).putInt(5000).putInt(0).flip());
            journal.write(ByteBuffer.wrap("<http://x> <http://y> ".getBytes(StandardCharsets.UTF_8)));
        }
        store.close();

        store = Tdb2Store.open(crashed, BASE, NEVER);

        assertTrue(store.graph(DOC).isIsomorphicWith(document("first")));
    }

    @Test
    void aRecordKeepsEveryKindOfTermAsStored() throws IOException {
        Node graph = NodeFactory.createURI(BASE + "p/caf%C3%A9");
        Node blank = NodeFactory.createBlankNode();
        List<Quad> quads = List.of(
                Quad.create(graph, blank, VALUE, NodeFactory.createLiteralLang("été", "fr")),
                Quad.create(graph, SUBJECT, VALUE, blank),
                Quad.create(graph, SUBJECT, VALUE, NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger)),
                Quad.create(graph, SUBJECT, VALUE, LexicalForms.stored(
                        NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal))),
                Quad.create(graph, SUBJECT, VALUE,
                        NodeFactory.createLiteralString("line\nbreak \"quoted\" \uD83D\uDCA7")),
                Quad.create(graph, SUBJECT, VALUE, NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl")),
                Quad.create(Quad.defaultGraphIRI, SUBJECT, VALUE, NodeFactory.createLiteralString("default")));
        Delta.Builder builder = new Delta.Builder();
        quads.forEach(builder::added);
        builder.deleted(Quad.create(graph, SUBJECT, VALUE, NodeFactory.createURI("http://example.org/gone")));
        Delta written = builder.take(7);
        Path file = dir.resolve("record-test");

        try (Journal journal = Journal.open(file)) {
            journal.append(written);
        }
        List<Delta> read;
        try (Journal journal = Journal.open(file)) {
            read = journal.read();
        }

        assertEquals(1, read.size());
        assertEquals(7, read.get(0).epoch());
        assertEquals(written.graphs(), read.get(0).graphs(), "the same terms, blank node labels included");
    }

    @Test
    void aRecordOfNQuadsAsTheJournalFirstWroteThemIsStillRead() throws IOException {
        byte[] added = ("<" + SUBJECT.getURI() + "> <" + VALUE.getURI() + "> \"01\"^^<"
                + XSDDatatype.XSDinteger.getURI() + "> <" + BASE + "p/notes/doc> .\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer payload = ByteBuffer.allocate(8 + added.length).putInt(added.length).put(added).putInt(0).flip();
        CRC32 crc = new CRC32();
        crc.update(payload.duplicate());
        Path file = dir.resolve("nquads-record");
        try (FileChannel journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            journal.write(ByteBuffer.allocate(20).putInt(0x534a524e).putLong(3).putInt(payload.remaining())
                    .putInt((int) crc.getValue()).flip());
            journal.write(payload);
        }

        List<Delta> read;
        try (Journal journal = Journal.open(file)) {
            read = journal.read();
        }

        assertEquals(1, read.size());
        assertEquals(Map.of(Quad.create(NodeFactory.createURI(BASE + "p/notes/doc"), SUBJECT, VALUE,
                NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger)), true),
                read.get(0).graphs().get(NodeFactory.createURI(BASE + "p/notes/doc")));
    }

    /** The data directory as a crash would leave it: the database as last committed, and the journal. */
    private Path crashCopy() throws IOException {
        Path copy = Files.createTempDirectory("journal-crash");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(dir.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    private static Graph document(String label) {
        Graph graph = GraphFactory.createGraphMem();
        graph.add(SUBJECT, VALUE, NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger));
        graph.add(SUBJECT, NodeFactory.createURI("http://example.org/label"), NodeFactory.createLiteralString(label));
        graph.add(SUBJECT, VALUE, NodeFactory.createBlankNode());
        return graph;
    }
}
