// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

/** Grants and revocations change the authorizations of one agent and leave every other one as it was. */
class AclRulesTest {

    private static final URI CONTAINER = URI.create("http://127.0.0.1/alice/water/");
    private static final URI ACL = URI.create("http://127.0.0.1/alice/water/.acl");
    private static final URI ALICE = URI.create("http://127.0.0.1/alice/profile/card#me");
    private static final URI BOB = URI.create("http://127.0.0.1/bob/profile/card#me");
    private static final URI CITY = URI.create("http://127.0.0.1/city/profile/card#me");
    private static final String APP = "https://app.example";
    private static final String OTHER_APP = "https://other.example";
    private static final String PREFIXES = "@prefix acl: <http://www.w3.org/ns/auth/acl#> .\n";
    private static final String OWNER = PREFIXES + """
            <#owner> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <./> ; acl:default <./> ;
                acl:mode acl:Read, acl:Write, acl:Control .
            """.formatted(ALICE);

    private static Graph acl(String turtle) {
        return Graphs.turtle(ACL.toString(), turtle);
    }

    /** Each agent's modes by origin restriction, from the authorizations on the container. */
    private static Map<String, Set<AccessMode>> access(Graph acl) {
        return AclRules.entries(acl, CONTAINER, false).stream().flatMap(entry -> entry.agents().stream()
                .map(agent -> Map.entry(agent + " " + entry.origins().stream().sorted().toList(), entry.modes())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> {
                    EnumSet<AccessMode> all = EnumSet.copyOf(a);
                    all.addAll(b);
                    return all;
                }));
    }

    @Test
    void aGrantAddsAnAuthorizationOnTheContainerAndItsMembers() {
        Graph graph = acl(OWNER);

        AclRules.grant(graph, ACL, CONTAINER, BOB, Optional.empty(), Set.of(AccessMode.READ));

        AccessEntry bob = AclRules.entries(graph, CONTAINER, false).stream()
                .filter(entry -> entry.agents().contains(BOB)).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(Set.of(AccessMode.READ), bob.modes()),
                () -> assertEquals(Set.of(), bob.origins()),
                () -> assertEquals(List.of(bob), AclRules.entries(graph, CONTAINER, true).stream()
                        .filter(entry -> entry.agents().contains(BOB)).toList(), "also acl:default"),
                () -> assertEquals(ACL + "#grant", bob.authorization()),
                () -> assertEquals(Set.of(AccessMode.READ, AccessMode.WRITE, AccessMode.CONTROL),
                        access(graph).get(ALICE + " []")));
    }

    @Test
    void aSecondGrantAddsModesToTheSameAuthorization() {
        Graph graph = acl(OWNER);

        AclRules.grant(graph, ACL, CONTAINER, BOB, Optional.empty(), Set.of(AccessMode.READ));
        AclRules.grant(graph, ACL, CONTAINER, BOB, Optional.empty(), Set.of(AccessMode.APPEND));

        assertAll(
                () -> assertEquals(2, AclRules.entries(graph, CONTAINER, false).size()),
                () -> assertEquals(Set.of(AccessMode.READ, AccessMode.APPEND), access(graph).get(BOB + " []")));
    }

    @Test
    void anOriginRestrictedGrantIsAnAuthorizationOfItsOwn() {
        Graph graph = acl(OWNER);

        AclRules.grant(graph, ACL, CONTAINER, BOB, Optional.empty(), Set.of(AccessMode.READ));
        AclRules.grant(graph, ACL, CONTAINER, BOB, Optional.of(APP), Set.of(AccessMode.WRITE));

        assertAll(
                () -> assertEquals(Set.of(AccessMode.READ), access(graph).get(BOB + " []")),
                () -> assertEquals(Set.of(AccessMode.WRITE), access(graph).get(BOB + " [" + APP + "]")));
    }

    @Test
    void revokingAnAgentRemovesItsAuthorizationsAndKeepsItsCoGranteesInSharedOnes() {
        Graph graph = acl(OWNER + """
                <#shared> a acl:Authorization ; acl:agent <%s>, <%s> ; acl:accessTo <./> ; acl:mode acl:Read .
                <#bob> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <./> ; acl:mode acl:Write .
                """.formatted(BOB, CITY, BOB));

        AclRules.revoke(graph, ACL, BOB, Optional.empty());

        assertAll(
                () -> assertEquals(Map.of(ALICE + " []", Set.of(AccessMode.READ, AccessMode.WRITE,
                        AccessMode.CONTROL), CITY + " []", Set.of(AccessMode.READ)), access(graph)),
                () -> assertTrue(graph.find(null, null, null).toList().stream()
                        .noneMatch(t -> t.getSubject().getURI().endsWith("#bob")), "bob's own is gone"));
    }

    @Test
    void revokingAnOriginRemovesOnlyWhatThatOriginGave() {
        Graph graph = acl(OWNER + """
                <#app> a acl:Authorization ; acl:agent <%1$s> ; acl:origin <%2$s> ; acl:accessTo <./> ;
                    acl:mode acl:Write .
                <#apps> a acl:Authorization ; acl:agent <%1$s>, <%3$s> ; acl:origin <%2$s>, <%4$s> ;
                    acl:accessTo <./> ; acl:mode acl:Append .
                <#any> a acl:Authorization ; acl:agent <%1$s> ; acl:accessTo <./> ; acl:mode acl:Read .
                """.formatted(BOB, APP, CITY, OTHER_APP));

        AclRules.revoke(graph, ACL, BOB, Optional.of(APP));

        assertEquals(Map.of(
                ALICE + " []", Set.of(AccessMode.READ, AccessMode.WRITE, AccessMode.CONTROL),
                BOB + " []", Set.of(AccessMode.READ),
                BOB + " [" + OTHER_APP + "]", Set.of(AccessMode.APPEND),
                CITY + " [" + APP + ", " + OTHER_APP + "]", Set.of(AccessMode.APPEND)), access(graph));
    }

    @Test
    void aContainerAdoptsTheInheritedDefaultRulesAsItsOwn() {
        URI root = URI.create("http://127.0.0.1/alice/");
        Graph inherited = Graphs.turtle("http://127.0.0.1/alice/.acl", PREFIXES + """
                <#owner> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <./> ; acl:default <./> ;
                    acl:mode acl:Read, acl:Write, acl:Control .
                <#rootOnly> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <./> ; acl:mode acl:Read .
                """.formatted(ALICE, BOB));

        Graph own = AclRules.adopt(inherited, root, CONTAINER, ACL);

        assertAll(
                () -> assertEquals(Map.of(ALICE + " []", Set.of(AccessMode.READ, AccessMode.WRITE,
                        AccessMode.CONTROL)), access(own)),
                () -> assertEquals(ACL + "#owner", AclRules.entries(own, CONTAINER, true).get(0).authorization()));
    }

    @Test
    void keepControlAddsControlOnlyWhenTheAgentLacksIt() {
        Graph graph = acl(OWNER);
        AclRules.keepControl(graph, ACL, CONTAINER, ALICE);
        long unchanged = graph.size();

        Graph without = acl(PREFIXES + "<#r> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <./> ; "
                .formatted(ALICE) + "acl:origin <" + APP + "> ; acl:mode acl:Control .");
        AclRules.keepControl(without, ACL, CONTAINER, ALICE);

        assertAll(
                () -> assertEquals(acl(OWNER).size(), unchanged),
                () -> assertEquals(Set.of(AccessMode.CONTROL), access(without).get(ALICE + " []")));
    }
}
