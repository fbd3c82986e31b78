// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alice shares containers of her pod and takes the access back, through the client, and the server enforces what
 * she wrote: bob and the city's app read what they were granted, and are refused once it is revoked.
 */
class AccessControlTest {

    @RegisterExtension
    static final PodServer SERVER = new PodServer();

    private static final String APP = "https://app.example";
    private static final Set<AccessMode> OWNER_MODES = Set.of(AccessMode.READ, AccessMode.WRITE, AccessMode.CONTROL);

    private final PodClient alice = SERVER.client("alice");
    private final URI bob = SERVER.webId("bob");

    /** A fresh container of alice's with one document, which nobody but alice may read yet. */
    private URI sharedContainer(String name) {
        URI container = SERVER.uri("alice/" + name + "/");
        URI document = container.resolve("doc.ttl");
        alice.write(document, Graphs.titled(document, name));
        return container;
    }

    @Test
    void aContainerWithoutRulesOfItsOwnInheritsThePodRootsAcl() {
        URI container = sharedContainer("inherits");

        AclDocument acl = alice.accessControl().effectiveAcl(container);

        assertAll(
                () -> assertTrue(acl.inherited()),
                () -> assertEquals(SERVER.podRoot("alice"), acl.governed()),
                () -> assertEquals(SERVER.uri("alice/.acl"), acl.uri()),
                () -> assertEquals(List.of(OWNER_MODES), acl.entries().stream()
                        .filter(entry -> entry.agents().contains(SERVER.webId("alice"))).map(AccessEntry::modes)
                        .toList()));
    }

    @Test
    void aMissingDocumentsEffectiveAclIsTheOneItsContainerInherits() {
        URI missing = SERVER.uri("alice/nothing-here/yet.ttl");

        AclDocument acl = alice.accessControl().effectiveAcl(missing);

        assertAll(
                () -> assertEquals(missing, acl.resource()),
                () -> assertEquals(SERVER.podRoot("alice"), acl.governed()));
    }

    @Test
    void aGrantLetsBobReadTheContainersDocumentsAndARevocationRefusesHimAgain() {
        URI container = sharedContainer("grant-revoke");
        PodClient bobsApp = SERVER.client("bob");
        URI document = container.resolve("doc.ttl");
        assertThrows(ForbiddenException.class, () -> bobsApp.read(document), "before the grant");

        alice.accessControl().grant(container, bob, Set.of(AccessMode.READ));
        assertEquals(Set.of("grant-revoke"), Graphs.titles(bobsApp.read(document).graph()), "after the grant");
        assertTrue(bobsApp.list(container).contains(document), "he may list the container too");
        assertThrows(ForbiddenException.class, () -> bobsApp.write(document, Graphs.titled(document, "Bob's")),
                "Read is not Write");

        assertTrue(alice.accessControl().revoke(container, bob), "something to revoke");
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> bobsApp.read(document),
                "after the revocation");
        assertEquals(403, refused.status());
    }

    @Test
    void whoHasAccessListsTheGrantAndTheOwnerKeepsControl() {
        URI container = sharedContainer("listed");

        alice.accessControl().grant(container, bob, Set.of(AccessMode.READ, AccessMode.APPEND));
        List<AccessEntry> entries = alice.accessControl().whoHasAccess(container);

        assertAll(
                () -> assertFalse(alice.accessControl().effectiveAcl(container).inherited(), "its own ACL now"),
                () -> assertEquals(List.of(Set.of(AccessMode.READ, AccessMode.APPEND)), entries.stream()
                        .filter(entry -> entry.agents().contains(bob)).map(AccessEntry::modes).toList()),
                () -> assertTrue(entries.stream().anyMatch(entry -> entry.agents().contains(SERVER.webId("alice"))
                        && entry.modes().containsAll(OWNER_MODES) && entry.origins().isEmpty()),
                        () -> "entries " + entries),
                () -> assertEquals(Set.of("listed"), Graphs.titles(alice.read(container.resolve("doc.ttl"))
                        .graph()), "alice still reads it"));
    }

    @Test
    void revokingTheOwnersOwnAccessIsRefusedAndChangesNothing() {
        URI container = sharedContainer("own");
        alice.accessControl().grant(container, bob, Set.of(AccessMode.READ));
        AclDocument before = alice.accessControl().effectiveAcl(container);

        assertThrows(IllegalArgumentException.class,
                () -> alice.accessControl().revoke(container, SERVER.webId("alice")));

        assertEquals(before.etag(), alice.accessControl().effectiveAcl(container).etag());
    }

    @Test
    void revokingWhatWasNeverGrantedSaysSoAndWritesNothing() {
        URI container = sharedContainer("never-granted");
        AclDocument inherited = alice.accessControl().effectiveAcl(container);
        alice.accessControl().grant(sharedContainer("granted-elsewhere"), bob, Set.of(AccessMode.READ));

        boolean revoked = alice.accessControl().revoke(container, bob);
        boolean revokedFromApp = alice.accessControl().revoke(container, bob, APP);

        assertAll(
                () -> assertFalse(revoked, "nothing named bob"),
                () -> assertFalse(revokedFromApp, "nothing named bob through the app"),
                () -> assertTrue(alice.accessControl().effectiveAcl(container).inherited(), "no ACL of its own"),
                () -> assertEquals(inherited.etag(), alice.accessControl().effectiveAcl(container).etag()));
    }

    @Test
    void revokingAnOriginRestrictedGrantKeepsTheOwnersControl() {
        URI container = sharedContainer("origin-owner");

        alice.accessControl().grant(container, SERVER.webId("alice"), APP, Set.of(AccessMode.READ));
        alice.accessControl().revoke(container, SERVER.webId("alice"), APP);

        List<AccessEntry> entries = alice.accessControl().whoHasAccess(container);
        assertTrue(entries.stream().anyMatch(entry -> entry.agents().contains(SERVER.webId("alice"))
                && entry.modes().contains(AccessMode.CONTROL) && entry.origins().isEmpty()), () -> "" + entries);
    }

    @Test
    void anOriginGivenWithItsDefaultPortIsGrantedAsBrowsersSendIt() {
        URI container = sharedContainer("origin-port");
        URI document = container.resolve("doc.ttl");
        URI city = SERVER.webId("city");

        alice.accessControl().grant(container, city, APP + ":443/", Set.of(AccessMode.READ));

        assertAll(
                () -> assertEquals(List.of(Set.of(APP)), alice.accessControl().whoHasAccess(container).stream()
                        .filter(entry -> entry.agents().contains(city)).map(AccessEntry::origins).toList()),
                () -> assertEquals(Set.of("origin-port"), Graphs.titles(SERVER.client("city", APP).read(document)
                        .graph()), "from the granted app, whose Origin header has no port"));
    }

    @Test
    void anOriginRestrictedGrantAppliesOnlyToRequestsFromThatOrigin() {
        URI container = sharedContainer("origin");
        URI document = container.resolve("doc.ttl");
        URI city = SERVER.webId("city");

        alice.accessControl().grant(container, city, APP, Set.of(AccessMode.READ));

        assertAll(
                () -> assertEquals(Set.of("origin"), Graphs.titles(SERVER.client("city", APP).read(document)
                        .graph()), "from the granted app"),
                () -> assertThrows(ForbiddenException.class,
                        () -> SERVER.client("city", "https://other.example").read(document), "from another app"),
                () -> assertEquals(Set.of("origin"), Graphs.titles(SERVER.client("city").read(document).graph()),
                        "without an Origin header, which WAC does not restrict"),
                () -> assertEquals(List.of(Set.of(APP)), alice.accessControl().whoHasAccess(container).stream()
                        .filter(entry -> entry.agents().contains(city)).map(AccessEntry::origins).toList()));

        alice.accessControl().revoke(container, city, APP);
        assertThrows(ForbiddenException.class, () -> SERVER.client("city", APP).read(document), "after revoking");
    }

    @Test
    void aWriteFromAStaleAclIsRefusedAndEachGrantKeepsTheOthers() {
        URI container = sharedContainer("concurrent");
        alice.accessControl().grant(container, bob, Set.of(AccessMode.READ));
        AclDocument stale = alice.accessControl().effectiveAcl(container);
        alice.accessControl().grant(container, SERVER.webId("city"), Set.of(AccessMode.APPEND));

        assertThrows(PreconditionFailedException.class, () -> alice.write(stale.uri(), stale.graph(),
                WriteCondition.ifMatch(stale.etag().orElseThrow())), "a write from the stale state is refused");
        alice.accessControl().grant(container, bob, Set.of(AccessMode.WRITE));

        List<AccessEntry> entries = alice.accessControl().whoHasAccess(container);
        assertAll(
                () -> assertEquals(List.of(Set.of(AccessMode.READ, AccessMode.WRITE)), entries.stream()
                        .filter(entry -> entry.agents().contains(bob)).map(AccessEntry::modes).toList()),
                () -> assertEquals(List.of(Set.of(AccessMode.APPEND)), entries.stream()
                        .filter(entry -> entry.agents().contains(SERVER.webId("city"))).map(AccessEntry::modes)
                        .toList()));
    }

    @Test
    void bobCannotReadOrChangeAlicesRules() {
        URI container = sharedContainer("not-bobs");
        PodClient bobsApp = SERVER.client("bob");

        assertAll(
                () -> assertThrows(ForbiddenException.class, () -> bobsApp.accessControl().effectiveAcl(container)),
                () -> assertThrows(ForbiddenException.class,
                        () -> bobsApp.accessControl().grant(container, bob, Set.of(AccessMode.READ))));
    }
}
