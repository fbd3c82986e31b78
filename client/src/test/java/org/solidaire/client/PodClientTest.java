// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A pod's owner reads, writes, appends to, lists and deletes her resources through an authenticated session. */
class PodClientTest {

    @RegisterExtension
    static final PodServer SERVER = new PodServer();

    private final PodClient alice = SERVER.client("alice");

    @Test
    void theSessionLogsInAsTheOwnersWebId() {
        assertEquals(Optional.of(SERVER.webId("alice")), alice.session().webId());
    }

    @Test
    void aWrittenDocumentReadsBackWithItsTriplesAndEntityTag() {
        URI note = SERVER.uri("alice/notes/written.ttl");

        Optional<String> written = alice.write(note, Graphs.titled(note, "Water bill"));
        RdfDocument read = alice.read(note);

        assertAll(
                () -> assertEquals(Set.of("Water bill"), Graphs.titles(read.graph())),
                () -> assertTrue(read.graph().contains(NodeFactory.createURI(note + "#it"), Graphs.TITLE,
                        NodeFactory.createLiteralString("Water bill")), () -> "triples " + read.graph()),
                () -> assertTrue(read.etag().isPresent(), "an entity tag"),
                () -> assertTrue(written.isPresent(), "the write's entity tag"),
                () -> assertEquals(note, read.uri()));
    }

    @Test
    void aWriteIfMatchingTheReadEntityTagSucceedsAndAStaleOneFailsWith412() {
        URI note = SERVER.uri("alice/notes/conditional.ttl");
        alice.write(note, Graphs.titled(note, "First"));
        RdfDocument first = alice.read(note);

        alice.write(note, Graphs.titled(note, "Second"), WriteCondition.ifMatch(first.etag().orElseThrow()));
        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> alice.write(note, Graphs.titled(note, "Third"), WriteCondition.ifMatch(first.etag().get())));

        assertAll(
                () -> assertEquals(412, stale.status()),
                () -> assertEquals(note, stale.uri()),
                () -> assertEquals("PUT", stale.method()),
                () -> assertEquals(Set.of("Second"), Graphs.titles(alice.read(note).graph()), "the second write"));
    }

    @Test
    void aWriteIfAbsentCreatesOnceAndThenFailsWith412() {
        URI note = SERVER.uri("alice/notes/once.ttl");

        alice.write(note, Graphs.titled(note, "Once"), WriteCondition.ifAbsent());
        assertThrows(PreconditionFailedException.class,
                () -> alice.write(note, Graphs.titled(note, "Twice"), WriteCondition.ifAbsent()));

        assertEquals(Set.of("Once"), Graphs.titles(alice.read(note).graph()));
    }

    @Test
    void appendAddsTriplesAndCreatesAMissingDocument() {
        URI log = SERVER.uri("alice/notes/appended.ttl");

        alice.append(log, Graphs.titled(log, "Monday"));
        Optional<Instant> tuesday = alice.append(log, Graphs.titled(log, "Tuesday"));
        Optional<Instant> again = alice.append(log, Graphs.titled(log, "Tuesday"));

        Graph graph = alice.read(log).graph();
        assertAll(
                () -> assertEquals(Set.of("Monday", "Tuesday"), Graphs.titles(graph)),
                () -> assertEquals(2, graph.size(), () -> "appending the same triple twice keeps one: " + graph),
                () -> assertTrue(tuesday.isPresent(), "the time of the last change"),
                () -> assertEquals(tuesday, again, "an append that adds nothing changes nothing"));
    }

    @Test
    void theStorageOfAResourceIsItsPodRootEvenForAgentsThatMayNotReadIt() {
        URI dropBox = alice.createContainer(SERVER.podRoot("alice"), "drop-box");
        alice.accessControl().grant(dropBox, SERVER.webId("bob"), Set.of(AccessMode.APPEND));
        PodClient bob = SERVER.client("bob");

        assertAll(
                () -> assertEquals(SERVER.podRoot("alice"), alice.storage(SERVER.podRoot("alice")).orElseThrow()
                        .root(), "the owner, from the pod root's type"),
                () -> assertEquals(SERVER.podRoot("alice"), alice.storage(dropBox).orElseThrow().root()),
                () -> assertEquals(SERVER.podRoot("alice"), bob.storage(SERVER.podRoot("alice")).orElseThrow()
                        .root(), "an agent that may only append to a container"),
                () -> assertEquals(SERVER.podRoot("alice"), bob.storage(dropBox).orElseThrow().root()),
                () -> assertEquals(SERVER.podRoot("alice"), SERVER.anonymous().storage(URI.create(dropBox
                        + "nothing-here")).orElseThrow().root(), "anyone"),
                () -> assertTrue(bob.storage(dropBox).orElseThrow().answeredAt().isPresent(), "the server's time"));
    }

    @Test
    void aPatchReplacesValuesOfTheStateReadAndChangesNothingOtherwise() {
        URI note = SERVER.uri("alice/notes/patched.ttl");
        alice.write(note, Graphs.titled(note, "Draft"));
        RdfDocument draft = alice.read(note);

        alice.patch(note, Graphs.titled(note, "Draft"), Graphs.titled(note, "Final"),
                WriteCondition.ifMatch(draft.etag().orElseThrow()));

        assertAll(
                () -> assertEquals(Set.of("Final"), Graphs.titles(alice.read(note).graph())),
                () -> assertThrows(PreconditionFailedException.class, () -> alice.patch(note,
                        Graphs.titled(note, "Final"), Graphs.titled(note, "Stale"),
                        WriteCondition.ifMatch(draft.etag().orElseThrow())), "from a stale state"),
                () -> assertThrows(ConflictException.class, () -> alice.patch(note, Graphs.titled(note, "Never"),
                        Graphs.titled(note, "Other"), WriteCondition.always()), "deleting what it does not hold"),
                () -> assertEquals(Set.of("Final"), Graphs.titles(alice.read(note).graph()), "nothing else"));
    }

    @Test
    void appendRefusesBlankNodesBeforeSendingAnything() {
        URI log = SERVER.uri("alice/notes/blank.ttl");
        alice.write(log, Graphs.titled(log, "Kept"));
        Graph withBlank = Graphs.turtle(log.toString(), "<#it> <http://purl.org/dc/terms/creator> [ "
                + "<http://xmlns.com/foaf/0.1/name> \"Camille\" ] .");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> alice.append(log, withBlank));

        assertAll(
                () -> assertTrue(refused.getMessage().contains("blank node"), refused::getMessage),
                () -> assertEquals(Set.of("Kept"), Graphs.titles(alice.read(log).graph())),
                () -> assertEquals(1, alice.read(log).graph().size(), "nothing was appended"));
    }

    @Test
    void createPostsIntoAContainerUnderTheSlugAndListShowsTheMembers() {
        URI container = alice.createContainer(SERVER.podRoot("alice"), "listed");

        URI created = alice.create(container, "first.ttl", Graphs.titled(container, "First"));
        URI binary = alice.createBinary(container, "picture.png", new byte[] {1, 2, 3}, "image/png");
        URI child = alice.createContainer(container, "child");

        assertAll(
                () -> assertEquals(SERVER.uri("alice/listed/"), container),
                () -> assertEquals(SERVER.uri("alice/listed/first.ttl"), created),
                () -> assertEquals(SERVER.uri("alice/listed/child/"), child),
                () -> assertEquals(List.of(child, created, binary), alice.list(container)),
                () -> assertEquals(Set.of("First"), Graphs.titles(alice.read(created).graph())));
    }

    @Test
    void deleteRemovesADocumentAndRecursiveDeleteAContainerWithEverythingInIt() {
        URI tree = SERVER.uri("alice/tree/");
        URI leaf = SERVER.uri("alice/tree/a/b/leaf.ttl");
        alice.write(leaf, Graphs.titled(leaf, "Leaf"));
        URI other = SERVER.uri("alice/tree/other.ttl");
        alice.write(other, Graphs.titled(other, "Other"));

        alice.delete(other);
        assertThrows(NotFoundException.class, () -> alice.read(other));
        alice.deleteRecursively(tree);

        assertAll(
                () -> assertThrows(NotFoundException.class, () -> alice.read(leaf)),
                () -> assertThrows(NotFoundException.class, () -> alice.read(tree)),
                () -> assertTrue(!alice.list(SERVER.podRoot("alice")).contains(tree)));
    }

    @Test
    void binariesRoundTripWithTheirMediaTypeAndConditions() {
        URI picture = SERVER.uri("alice/pictures/me.png");
        byte[] bytes = "not really a PNG".getBytes(StandardCharsets.UTF_8);

        alice.writeBinary(picture, bytes, "image/png", WriteCondition.ifAbsent());
        BinaryResource read = alice.readBinary(picture);
        alice.writeBinary(picture, new byte[] {42}, "image/png", WriteCondition.ifMatch(read.etag().orElseThrow()));

        assertAll(
                () -> assertArrayEquals(bytes, read.content()),
                () -> assertEquals("image/png", read.mediaType()),
                () -> assertArrayEquals(new byte[] {42}, alice.readBinary(picture).content()),
                () -> assertThrows(PreconditionFailedException.class, () -> alice.writeBinary(picture,
                        new byte[] {7}, "image/png", WriteCondition.ifMatch(read.etag().get()))));
    }

    @Test
    void anRdfDocumentReadsAsBytesToo() {
        URI note = SERVER.uri("alice/notes/bytes.ttl");
        alice.write(note, Graphs.titled(note, "Bytes"));

        BinaryResource read = alice.readBinary(note);

        assertTrue(new String(read.content(), StandardCharsets.UTF_8).contains("Bytes"), read::toString);
    }
}
