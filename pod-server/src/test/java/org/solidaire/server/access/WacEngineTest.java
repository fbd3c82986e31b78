// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.access.wac.WacEngine;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.tdb2.Tdb2Store;

/**
 * Web Access Control decisions over a real store: agents × resources with direct, inherited and far-inherited
 * rules, origins, groups, the owner's implicit Control, and rules that change.
 */
class WacEngineTest {

    private static final String BASE = "http://localhost:1/";
    private static final String OWNER = "https://id.example/owner#me";
    private static final String FRIEND = "https://id.example/friend#me";
    private static final String MEMBER = "https://id.example/member#me";
    private static final String STRANGER = "https://id.example/stranger#me";
    private static final String APP_USER = "https://id.example/app-user#me";
    private static final String APP = "https://app.example";

    private static final Set<AccessMode> NONE = Set.of();
    private static final Set<AccessMode> READ = Set.of(AccessMode.READ);
    private static final Set<AccessMode> APPEND = Set.of(AccessMode.APPEND);
    private static final Set<AccessMode> READ_APPEND = Set.of(AccessMode.READ, AccessMode.APPEND);
    private static final Set<AccessMode> READ_WRITE = Set.of(AccessMode.READ, AccessMode.WRITE, AccessMode.APPEND);
    private static final Set<AccessMode> ALL = EnumSet.allOf(AccessMode.class);

    private static Path dir;
    private static Tdb2Store store;
    private static WacEngine engine;

    @BeforeAll
    static void createPod() throws IOException {
        dir = Files.createTempDirectory("wac");
        store = Tdb2Store.open(dir, BASE);
        engine = new WacEngine(store, BASE, pod -> pod.equals("p") ? Optional.of(OWNER) : Optional.empty());
        put("/p/", "");
        put("/p/.acl", "<#owner> a acl:Authorization; acl:agent <" + OWNER + ">; acl:accessTo <./>; acl:default <./>;"
                + " acl:mode acl:Read, acl:Write, acl:Control.\n"
                + "<#listing> a acl:Authorization; acl:agentClass foaf:Agent; acl:accessTo <./>; acl:mode acl:Read.");
        put("/p/shared/", "");
        put("/p/shared/.acl", sharedRules(true));
        put("/p/shared/doc.ttl", "<#a> <#b> <#c> .");
        put("/p/shared/deep/a/b/c/d/e.ttl", "<#a> <#b> <#c> .");
        put("/p/private/x.ttl", "<#a> <#b> <#c> .");
        put("/p/groups/team.ttl", "<#team> <http://www.w3.org/2006/vcard/ns#hasMember> <" + MEMBER + ">.");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String sharedRules(boolean withFriend) {
        return "<#owner> a acl:Authorization; acl:agent <" + OWNER + ">; acl:accessTo <./>; acl:default <./>;"
                + " acl:mode acl:Read, acl:Write, acl:Control.\n"
                + (withFriend ? "<#friend> a acl:Authorization; acl:agent <" + FRIEND + ">; acl:accessTo <./>;"
                + " acl:default <./>; acl:mode acl:Read, acl:Write.\n" : "")
                + "<#team> a acl:Authorization; acl:agentGroup <../groups/team.ttl#team>; acl:default <./>;"
                + " acl:mode acl:Read.\n"
                + "<#signedIn> a acl:Authorization; acl:agentClass acl:AuthenticatedAgent; acl:default <./>;"
                + " acl:mode acl:Append.\n"
                + "<#app> a acl:Authorization; acl:agent <" + APP_USER + ">; acl:origin <" + APP + ">;"
                + " acl:default <./>; acl:mode acl:Read.";
    }

    private static void put(String path, String turtle) {
        ResourcePath resource = ResourcePath.parse(path);
        String prefixes = "@prefix acl: <http://www.w3.org/ns/auth/acl#>.\n"
                + "@prefix foaf: <http://xmlns.com/foaf/0.1/>.\n";
        var graph = turtle.isEmpty() ? GraphFactory.createGraphMem() : RdfCodec.parse(
                new ByteArrayInputStream((prefixes + turtle).getBytes(StandardCharsets.UTF_8)), RdfFormat.TURTLE,
                resource.iri(BASE), StandardCharsets.UTF_8);
        store.put(resource, new Content.Rdf(graph), Precondition.NONE);
    }

    private static Agent agent(String webId, String origin) {
        Optional<String> from = Optional.ofNullable(origin);
        return webId == null ? Agent.anonymous(from) : Agent.of(webId, "https://app.example/id", BASE, from);
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("owner", OWNER, null, "/p/private/x.ttl", ALL),
                Arguments.of("owner", OWNER, null, "/p/shared/doc.ttl", ALL),
                Arguments.of("owner", OWNER, null, "/p/shared/doc.ttl.acl", ALL),
                Arguments.of("named agent, direct rule", FRIEND, null, "/p/shared/", READ_WRITE),
                Arguments.of("named agent, inherited rule", FRIEND, null, "/p/shared/doc.ttl", READ_WRITE),
                Arguments.of("named agent, five levels up", FRIEND, null, "/p/shared/deep/a/b/c/d/e.ttl", READ_WRITE),
                Arguments.of("named agent, no rule", FRIEND, null, "/p/private/x.ttl", NONE),
                Arguments.of("named agent, ACL without Control", FRIEND, null, "/p/shared/doc.ttl.acl", NONE),
                Arguments.of("named agent, description", FRIEND, null, "/p/shared/doc.ttl.meta", READ_WRITE),
                Arguments.of("group member", MEMBER, null, "/p/shared/doc.ttl", READ_APPEND),
                Arguments.of("group member, default not accessTo", MEMBER, null, "/p/shared/", NONE),
                Arguments.of("authenticated stranger", STRANGER, null, "/p/shared/doc.ttl", APPEND),
                Arguments.of("authenticated stranger, private", STRANGER, null, "/p/private/x.ttl", NONE),
                Arguments.of("anonymous", null, null, "/p/shared/doc.ttl", NONE),
                Arguments.of("anonymous, public listing", null, null, "/p/", READ),
                Arguments.of("anonymous, accessTo does not inherit", null, null, "/p/private/", NONE),
                Arguments.of("trusted origin", APP_USER, APP, "/p/shared/doc.ttl", READ_APPEND),
                Arguments.of("untrusted origin", APP_USER, "https://evil.example", "/p/shared/doc.ttl", APPEND),
                Arguments.of("no origin", APP_USER, null, "/p/shared/doc.ttl", READ_APPEND),
                Arguments.of("anonymous, untrusted origin", null, "https://evil.example", "/p/", READ),
                Arguments.of("missing resource, inherited", FRIEND, null, "/p/shared/nothing/yet.ttl", READ_WRITE),
                Arguments.of("another pod", OWNER, null, "/q/x.ttl", NONE));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("matrix")
    void modesFollowTheEffectiveAcl(String who, String webId, String origin, String path, Set<AccessMode> expected) {
        assertEquals(expected, engine.modes(agent(webId, origin), ResourcePath.parse(path)));
    }

    @Test
    void changingAnAclChangesTheNextDecision() {
        ResourcePath doc = ResourcePath.parse("/p/shared/doc.ttl");
        assertTrue(engine.allows(agent(FRIEND, null), doc, AccessMode.WRITE));

        put("/p/shared/.acl", sharedRules(false));
        try {
            assertEquals(APPEND, engine.modes(agent(FRIEND, null), doc));
        } finally {
            put("/p/shared/.acl", sharedRules(true));
        }
        assertEquals(READ_WRITE, engine.modes(agent(FRIEND, null), doc));
    }

    @Test
    void aResourceDecidedWhileMissingFollowsItsOwnAclOnceItHasOne() {
        ResourcePath doc = ResourcePath.parse("/p/shared/later.ttl");
        assertEquals(READ_WRITE, engine.modes(agent(FRIEND, null), doc));

        put("/p/shared/later.ttl", "<#a> <#b> <#c> .");
        assertEquals(READ_WRITE, engine.modes(agent(FRIEND, null), doc));
        put("/p/shared/later.ttl.acl", "<#owner> a acl:Authorization; acl:agent <" + OWNER + ">;"
                + " acl:accessTo <later.ttl>; acl:mode acl:Read, acl:Write, acl:Control.\n"
                + "<#friend> a acl:Authorization; acl:agent <" + FRIEND + ">; acl:accessTo <later.ttl>;"
                + " acl:mode acl:Read.");

        assertEquals(READ, engine.modes(agent(FRIEND, null), doc));
    }

    @Test
    void aNewResourceFollowsTheAclItIsGivenAndLosesItWithItsDeletion() {
        ResourcePath doc = ResourcePath.parse("/p/shared/renewed.ttl");
        put("/p/shared/renewed.ttl", "<#a> <#b> <#c> .");
        assertEquals(READ_WRITE, engine.modes(agent(FRIEND, null), doc));

        put("/p/shared/renewed.ttl.acl", "<#friend> a acl:Authorization; acl:agent <" + FRIEND + ">;"
                + " acl:accessTo <renewed.ttl>; acl:mode acl:Read.");
        assertEquals(READ, engine.modes(agent(FRIEND, null), doc));

        store.delete(doc, Precondition.NONE);
        put("/p/shared/renewed.ttl", "<#a> <#b> <#c> .");
        assertAll(
                () -> assertTrue(store.info(doc.auxiliary(ResourcePath.ACL_SUFFIX)).isEmpty()),
                () -> assertEquals(READ_WRITE, engine.modes(agent(FRIEND, null), doc)));
    }

    @Test
    void changingAGroupChangesTheNextDecision() {
        ResourcePath doc = ResourcePath.parse("/p/shared/doc.ttl");
        assertEquals(READ_APPEND, engine.modes(agent(MEMBER, null), doc));

        put("/p/groups/team.ttl", "<#team> <http://www.w3.org/2006/vcard/ns#hasMember> <" + STRANGER + ">.");
        try {
            assertEquals(APPEND, engine.modes(agent(MEMBER, null), doc));
            assertEquals(READ_APPEND, engine.modes(agent(STRANGER, null), doc));
        } finally {
            put("/p/groups/team.ttl", "<#team> <http://www.w3.org/2006/vcard/ns#hasMember> <" + MEMBER + ">.");
        }
    }

    @Test
    void theOwnerCannotBeLockedOut() {
        ResourcePath root = ResourcePath.parse("/p/");
        put("/p/.acl", "<#nobody> a acl:Authorization; acl:agentClass foaf:Agent; acl:accessTo <./>;"
                + " acl:mode acl:Read.");
        try {
            assertTrue(engine.allows(agent(OWNER, null), root, AccessMode.CONTROL));
            assertEquals(ALL, engine.modes(agent(OWNER, null), ResourcePath.parse("/p/.acl")));
        } finally {
            put("/p/.acl", "<#owner> a acl:Authorization; acl:agent <" + OWNER + ">; acl:accessTo <./>;"
                    + " acl:default <./>; acl:mode acl:Read, acl:Write, acl:Control.\n"
                    + "<#listing> a acl:Authorization; acl:agentClass foaf:Agent; acl:accessTo <./>;"
                    + " acl:mode acl:Read.");
        }
    }
}
