// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.inrupt.client.solid.NotFoundException;
import com.inrupt.client.solid.PreconditionFailedException;
import com.inrupt.client.solid.SolidContainer;
import com.inrupt.client.solid.SolidNonRDFSource;
import com.inrupt.client.solid.SolidRDFSource;
import com.inrupt.client.solid.SolidResource;
import com.inrupt.client.solid.SolidSyncClient;
import com.inrupt.client.spi.RDFFactory;
import com.inrupt.client.vocabulary.LDP;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.rdf.api.Dataset;
import org.apache.commons.rdf.api.IRI;
import org.apache.commons.rdf.api.Literal;
import org.apache.commons.rdf.api.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidaire.server.TestServer;

/**
 * Inrupt's Solid Java client, used as an app would use it, against a real server: each step asserts what the
 * app sees through the library, not what went over the wire.
 *
 * <p>The session is unauthenticated, which is enough while the server lets every request act as the pod owner.
 */
class InruptClientTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    private static final RDF RDF = RDFFactory.getInstance();
    private static final IRI TITLE = RDF.createIRI("http://purl.org/dc/terms/title");
    private static final IRI DESCRIPTION = RDF.createIRI("http://purl.org/dc/terms/description");
    private static final URI STORAGE = URI.create("http://www.w3.org/ns/pim/space#Storage");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, (byte) 0xff};

    private final SolidSyncClient client = SolidSyncClient.getClient();

    @Test
    void thePodRootReadsAsAStorageContainerThatListsTheContainersCreatedInIt() {
        URI note = SERVER.uri("alice/app-root/note.ttl");
        client.create(new SolidRDFSource(note, titled(note, "Created below the root")));

        try (SolidContainer root = client.read(SERVER.uri("alice/"), SolidContainer.class)) {
            SolidResource member = root.getResources().stream()
                    .filter(resource -> resource.getIdentifier().equals(SERVER.uri("alice/app-root/")))
                    .findFirst().orElseThrow(() -> new AssertionError("alice/app-root/ is not listed in "
                            + identifiers(root)));
            assertAll(
                    () -> assertTrue(root.getMetadata().getTypes().containsAll(Set.of(LDP.BasicContainer, STORAGE)),
                            () -> "types " + root.getMetadata().getTypes()),
                    () -> assertEquals(Optional.of(SERVER.uri("alice/")), root.getMetadata().getStorage()),
                    () -> assertEquals(Optional.of(SERVER.uri("alice/.acl")), root.getMetadata().getAcl()),
                    () -> assertEquals("text/turtle", root.getContentType()),
                    () -> assertTrue(member.getMetadata().getTypes().contains(LDP.BasicContainer),
                            () -> "member types " + member.getMetadata().getTypes()));
        }
    }

    @Test
    void anAppCreatesReadsUpdatesAndDeletesResourcesAndTheListingFollowsEachStep() throws IOException {
        URI container = SERVER.uri("alice/app-data/");
        URI note = SERVER.uri("alice/app-data/note.ttl");
        URI picture = SERVER.uri("alice/app-data/pixel.png");

        client.create(new SolidRDFSource(note, titled(note, "First draft")));
        assertEquals(Set.of(note), listing(container), "after creating the note");
        readNote(note, Set.of("First draft"), Set.of());

        updateNote(note);
        assertEquals(Set.of(note), listing(container), "after updating the note");
        readNote(note, Set.of("Second draft"), Set.of("Rewritten through the client"));

        client.create(new SolidNonRDFSource(picture, "image/png", new ByteArrayInputStream(PNG)));
        assertEquals(Set.of(note, picture), listing(container), "after creating the picture");
        readPicture(picture);

        client.delete(note);
        assertEquals(Set.of(picture), listing(container), "after deleting the note");
        assertThrows(NotFoundException.class, () -> client.read(note, SolidRDFSource.class));

        client.delete(picture);
        assertEquals(Set.of(), listing(container), "after deleting the picture");
        assertThrows(NotFoundException.class, () -> client.read(picture, SolidNonRDFSource.class));
    }

    @Test
    void creatingWhereAResourceExistsFailsWithPreconditionFailedAndKeepsTheResource() {
        URI note = SERVER.uri("alice/app-conflict/note.ttl");
        client.create(new SolidRDFSource(note, titled(note, "Original")));

        PreconditionFailedException failure = assertThrows(PreconditionFailedException.class,
                () -> client.create(new SolidRDFSource(note, titled(note, "Overwritten"))));

        assertAll(
                () -> assertEquals(412, failure.getStatusCode()),
                () -> assertEquals(note, failure.getUri()),
                () -> readNote(note, Set.of("Original"), Set.of()));
    }

    @Test
    void readingAResourceThatNeverExistedFailsWithNotFound() {
        URI missing = SERVER.uri("alice/app-missing/nothing.ttl");

        NotFoundException failure = assertThrows(NotFoundException.class,
                () -> client.read(missing, SolidRDFSource.class));

        assertAll(
                () -> assertEquals(404, failure.getStatusCode()),
                () -> assertEquals(missing, failure.getUri()));
    }

    /** Reads the note back as the app would and checks its title, its description and what the server says of it. */
    private void readNote(URI note, Set<String> titles, Set<String> descriptions) {
        try (SolidRDFSource read = client.read(note, SolidRDFSource.class)) {
            IRI subject = RDF.createIRI(note.toString());
            assertAll("reading " + note,
                    () -> assertEquals(titles, values(read, subject, TITLE)),
                    () -> assertEquals(descriptions, values(read, subject, DESCRIPTION)),
                    () -> assertEquals("text/turtle", read.getContentType()),
                    () -> assertTrue(read.getMetadata().getTypes().contains(LDP.RDFSource),
                            () -> "types " + read.getMetadata().getTypes()),
                    () -> assertTrue(read.getMetadata().getAllowedMethods().containsAll(Set.of("PUT", "DELETE")),
                            () -> "allowed " + read.getMetadata().getAllowedMethods()));
        }
    }

    /** Changes the title and adds a description to what was read, then saves the whole source with PUT. */
    private void updateNote(URI note) {
        IRI subject = RDF.createIRI(note.toString());
        try (SolidRDFSource read = client.read(note, SolidRDFSource.class)) {
            read.remove(null, subject, TITLE, null);
            read.add(null, subject, TITLE, RDF.createLiteral("Second draft"));
            read.add(null, subject, DESCRIPTION, RDF.createLiteral("Rewritten through the client"));
            client.update(read);
        }
    }

    private void readPicture(URI picture) throws IOException {
        try (SolidNonRDFSource read = client.read(picture, SolidNonRDFSource.class);
                InputStream entity = read.getEntity()) {
            byte[] bytes = entity.readAllBytes();
            assertAll("reading " + picture,
                    () -> assertArrayEquals(PNG, bytes),
                    () -> assertEquals("image/png", read.getContentType()),
                    () -> assertTrue(read.getMetadata().getTypes().contains(LDP.NonRDFSource),
                            () -> "types " + read.getMetadata().getTypes()));
        }
    }

    /** The members of a container as the client lists them. */
    private Set<URI> listing(URI container) {
        try (SolidContainer read = client.read(container, SolidContainer.class)) {
            return identifiers(read);
        }
    }

    private static Set<URI> identifiers(SolidContainer container) {
        return container.getResources().stream().map(SolidResource::getIdentifier).collect(Collectors.toSet());
    }

    private static Dataset titled(URI resource, String title) {
        Dataset dataset = RDF.createDataset();
        dataset.add(null, RDF.createIRI(resource.toString()), TITLE, RDF.createLiteral(title));
        return dataset;
    }

    private static Set<String> values(SolidRDFSource source, IRI subject, IRI predicate) {
        return source.stream(null, subject, predicate, null).map(quad -> quad.getObject())
                .filter(Literal.class::isInstance).map(object -> ((Literal) object).getLexicalForm())
                .collect(Collectors.toSet());
    }
}
