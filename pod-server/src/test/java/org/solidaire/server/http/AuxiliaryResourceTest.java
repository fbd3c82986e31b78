// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidaire.server.TestServer;

/** ACL and description resources (Solid Protocol §4.3). */
class AuxiliaryResourceTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer();

    private static final String ACL = "@prefix acl: <http://www.w3.org/ns/auth/acl#>.\n"
            + "@prefix foaf: <http://xmlns.com/foaf/0.1/>.\n"
            + "<#owner> a acl:Authorization; acl:agent <https://alice.example/card#me>; acl:accessTo <doc.ttl>;"
            + " acl:mode acl:Read, acl:Write, acl:Control.\n"
            + "<#public> a acl:Authorization; acl:agentClass foaf:Agent; acl:accessTo <doc.ttl>, <short.ttl>;"
            + " acl:mode acl:Read, acl:Write, acl:Control.";

    @Test
    void anAclResourceIsWrittenAndReadButNotListed() {
        SERVER.put("alice/aux/doc.ttl", "text/turtle", "<#a> <#b> <#c> .");

        assertEquals(201, SERVER.put("alice/aux/doc.ttl.acl", "text/turtle", ACL).statusCode());
        HttpResponse<String> acl = SERVER.get("alice/aux/doc.ttl.acl", "application/n-triples");
        String listing = SERVER.get("alice/aux/", "application/n-triples").body();
        assertAll(
                () -> assertEquals(200, acl.statusCode()),
                () -> assertTrue(acl.body().contains("<" + SERVER.url("alice/aux/doc.ttl") + ">"), acl.body()),
                () -> assertFalse(listing.contains("doc.ttl.acl"), listing));
    }

    @Test
    void anAuxiliaryResourceOfAMissingResourceCannotBeCreated() {
        assertEquals(409, SERVER.put("alice/aux/missing.ttl.acl", "text/turtle", ACL).statusCode());
    }

    @Test
    void deletingAResourceDeletesItsAuxiliaryResources() {
        SERVER.put("alice/aux/short.ttl", "text/turtle", "");
        SERVER.put("alice/aux/short.ttl.acl", "text/turtle", ACL);

        SERVER.delete("alice/aux/short.ttl");
        SERVER.put("alice/aux/short.ttl", "text/turtle", "");

        assertEquals(404, SERVER.get("alice/aux/short.ttl.acl", "text/turtle").statusCode());
    }

    @Test
    void theDescriptionResourceExistsForEveryResourceWithServerManagedTriples() {
        SERVER.put("alice/aux/described.txt", "text/plain", "hello");

        HttpResponse<String> meta = SERVER.get("alice/aux/described.txt.meta", "application/n-triples");

        assertAll(
                () -> assertEquals(200, meta.statusCode()),
                () -> assertTrue(meta.body().contains("http://www.w3.org/ns/ldp#NonRDFSource"), meta.body()),
                () -> assertTrue(meta.body().contains("http://www.w3.org/ns/posix/stat#size"), meta.body()));
    }

    @Test
    void userTriplesInTheDescriptionAreKeptButServerManagedOnesAreRefused() {
        SERVER.put("alice/aux/labelled.txt", "text/plain", "hello");

        HttpResponse<String> label = SERVER.put("alice/aux/labelled.txt.meta", "text/turtle",
                "<labelled.txt> <http://www.w3.org/2000/01/rdf-schema#label> \"Hello\" .");
        HttpResponse<String> forged = SERVER.put("alice/aux/labelled.txt.meta", "text/turtle",
                "<labelled.txt> <http://www.w3.org/ns/posix/stat#size> 1 .");

        assertAll(
                () -> assertEquals(204, label.statusCode()),
                () -> assertEquals(409, forged.statusCode()),
                () -> assertTrue(SERVER.get("alice/aux/labelled.txt.meta", "text/turtle").body().contains("Hello")));
    }

    @Test
    void theDescriptionOfAnExistingResourceIsChangedNotCreated() {
        SERVER.put("alice/aux/patched.ttl", "text/turtle", "<#a> <#b> 1 .");
        String insert = "INSERT DATA { <patched.ttl> <http://www.w3.org/2000/01/rdf-schema#label> \"%s\" }";

        HttpResponse<String> first = SERVER.patch("alice/aux/patched.ttl.meta", "application/sparql-update",
                insert.formatted("one"));
        HttpResponse<String> second = SERVER.patch("alice/aux/patched.ttl.meta", "application/sparql-update",
                insert.formatted("two"));

        assertAll(
                () -> assertEquals(204, first.statusCode(), first.body()),
                () -> assertTrue(first.headers().firstValue("Location").isEmpty()),
                () -> assertEquals(204, second.statusCode(), second.body()),
                () -> assertTrue(SERVER.get("alice/aux/patched.ttl.meta", "text/turtle").body().contains("two")));
    }

    @Test
    void aDescriptionResourceIsNotDeletedOnItsOwnWithOrWithoutTriplesOfItsOwn() {
        SERVER.put("alice/aux/kept.ttl", "text/turtle", "<#a> <#b> 1 .");
        HttpResponse<String> bare = SERVER.delete("alice/aux/kept.ttl.meta");
        SERVER.put("alice/aux/kept.ttl.meta", "text/turtle",
                "<kept.ttl> <http://www.w3.org/2000/01/rdf-schema#label> \"Kept\" .");

        HttpResponse<String> labelled = SERVER.delete("alice/aux/kept.ttl.meta");

        assertAll(
                () -> assertEquals(405, bare.statusCode(), bare.body()),
                () -> assertEquals(405, labelled.statusCode(), labelled.body()),
                () -> assertEquals("OPTIONS, HEAD, GET, PUT, PATCH", labelled.headers().firstValue("Allow").orElse("")),
                () -> assertTrue(labelled.body().contains("description resource"), labelled.body()),
                () -> assertTrue(SERVER.get("alice/aux/kept.ttl.meta", "text/turtle").body().contains("Kept")),
                () -> assertEquals(405, SERVER.delete("alice/aux/missing.ttl.meta").statusCode()));
    }

    @Test
    void theAclOfAPodRootCannotBeDeleted() {
        HttpResponse<String> delete = SERVER.delete("alice/.acl");

        assertEquals(405, delete.statusCode());
        assertEquals(200, SERVER.get("alice/.acl", "text/turtle").statusCode());
    }

    @Test
    void theAclOfAPodRootMustLeaveSomeoneInControl() {
        String before = SERVER.get("alice/.acl", "text/turtle").body();

        HttpResponse<String> empty = SERVER.put("alice/.acl", "text/turtle", "");
        HttpResponse<String> readOnly = SERVER.put("alice/.acl", "text/turtle", "<#r> a "
                + "<http://www.w3.org/ns/auth/acl#Authorization>; <http://www.w3.org/ns/auth/acl#agentClass> "
                + "<http://xmlns.com/foaf/0.1/Agent>; <http://www.w3.org/ns/auth/acl#accessTo> <./>; "
                + "<http://www.w3.org/ns/auth/acl#mode> <http://www.w3.org/ns/auth/acl#Read>.");
        HttpResponse<String> dropControl = SERVER.send(SERVER.request("alice/.acl")
                .header("Content-Type", "application/sparql-update")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("DELETE WHERE { ?rule "
                        + "<http://www.w3.org/ns/auth/acl#mode> <http://www.w3.org/ns/auth/acl#Control> }"))
                .build());

        assertAll(
                () -> assertEquals(422, empty.statusCode(), empty.body()),
                () -> assertTrue(empty.body().contains("Control"), empty.body()),
                () -> assertEquals(422, readOnly.statusCode(), readOnly.body()),
                () -> assertEquals(422, dropControl.statusCode(), dropControl.body()),
                () -> assertEquals(before, SERVER.get("alice/.acl", "text/turtle").body()));
    }

    @Test
    void containmentTriplesCannotBeWrittenIntoAContainer() {
        HttpResponse<String> put = SERVER.put("alice/aux/forged/", "text/turtle",
                "<> <http://www.w3.org/ns/ldp#contains> <http://example.org/x> .");

        assertEquals(409, put.statusCode());
    }
}
