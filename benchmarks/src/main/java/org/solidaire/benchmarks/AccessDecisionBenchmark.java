// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.solidaire.server.access.AccessMode;
import org.solidaire.server.access.Agent;
import org.solidaire.server.access.PodOwners;
import org.solidaire.server.access.wac.WacEngine;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.server.store.tdb2.Tdb2Store;

/**
 * The access decision every request waits for: {@link WacEngine#modes} for an app used by a friend of the pod
 * owner, on a document with its own ACL ({@code direct}) and on one whose effective ACL is the pod root's, five
 * levels up ({@code inherited}), so the engine looks for an ACL at six levels before finding one.
 *
 * <ul>
 *   <li>{@code warm}: the decision is cached, as for every request after the first on a resource.</li>
 *   <li>{@code cold}: a new engine for each call, so nothing is cached in it: the decision is made, and every ACL
 *       on the way is looked up, read from the store and parsed. The store's own metadata cache stays warm, as in
 *       a running server. Asking about ever-new paths instead would leave the ancestors' ACLs cached, and a new
 *       path cannot have a direct ACL without a write.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.jena.tdb.store.enableInlineLiterals=false",
        "-Dsolidaire.log.level=WARN"})
public class AccessDecisionBenchmark {

    static final String OWNER = "https://camille.example/profile/card#me";
    static final String FRIEND = "https://friend.example/profile/card#me";
    static final Agent AGENT = Agent.of(FRIEND, "https://coach.example/app#id", "https://idp.example/",
            Optional.of("https://coach.example"));
    static final PodOwners OWNERS = pod -> Optional.ofNullable(Map.of("bench", OWNER).get(pod));
    static final ResourcePath POD = ResourcePath.parse("/bench/");
    static final ResourcePath DIRECT = ResourcePath.parse("/bench/a/b/c/d/direct");
    static final ResourcePath INHERITED = ResourcePath.parse("/bench/a/b/c/d/inherited");

    /** The pod root's rules, inherited by everything below it through acl:default. */
    private static final String POD_ACL = """
            @prefix acl: <http://www.w3.org/ns/auth/acl#> .
            <#owner> a acl:Authorization ; acl:agent <%s> ;
                acl:accessTo <./> ; acl:default <./> ; acl:mode acl:Read , acl:Write , acl:Control .
            <#friend> a acl:Authorization ; acl:agent <%s> ; acl:default <./> ; acl:mode acl:Read .
            <#members> a acl:Authorization ; acl:agentClass acl:AuthenticatedAgent ;
                acl:default <./> ; acl:mode acl:Append .
            """.formatted(OWNER, FRIEND);

    /** A document's own rules, the same as the pod root's but applying to it alone, through acl:accessTo. */
    private static final String DOCUMENT_ACL = """
            @prefix acl: <http://www.w3.org/ns/auth/acl#> .
            <#owner> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <direct> ;
                acl:mode acl:Read , acl:Write , acl:Control .
            <#friend> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <direct> ; acl:mode acl:Read .
            <#members> a acl:Authorization ; acl:agentClass acl:AuthenticatedAgent ;
                acl:accessTo <direct> ; acl:mode acl:Append .
            """.formatted(OWNER, FRIEND);

    /** The pod and its rules in a store, with the engine a running server would have. */
    @State(Scope.Benchmark)
    public static class Pod {

        @Param({"direct", "inherited"})
        private String acl;

        private ResourcePath resource;
        private ResourceStore view;
        private WacEngine warmEngine;
        private Tdb2Candidate candidate;
        private ScratchDirectory scratch;

        @Setup(Level.Trial)
        public void open() {
            scratch = ScratchDirectory.create("solidaire-access-");
            candidate = Tdb2Candidate.open(scratch.resolve("tdb2"), POD);
            Tdb2Store store = candidate.store();
            Graph reading = WaterReadings.daily();
            store.put(DIRECT, new Content.Rdf(reading), Precondition.NONE);
            store.put(INHERITED, new Content.Rdf(reading), Precondition.NONE);
            put(store, POD.auxiliary(ResourcePath.ACL_SUFFIX), POD_ACL);
            put(store, DIRECT.auxiliary(ResourcePath.ACL_SUFFIX), DOCUMENT_ACL);
            resource = acl.equals("direct") ? DIRECT : INHERITED;
            view = new ReadOnlyStoreView(store);
            warmEngine = new WacEngine(view, WaterReadings.BASE_URL, OWNERS);
            checkRead(warmEngine.modes(AGENT, resource));
        }

        private static void put(Tdb2Store store, ResourcePath path, String turtle) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(turtle, Lang.TURTLE).base(path.iri(WaterReadings.BASE_URL)).parse(graph);
            store.put(path, new Content.Rdf(graph), Precondition.NONE);
        }

        /** Guards against measuring a decision that finds no rule, which would be cheaper than the real one. */
        private static void checkRead(Set<AccessMode> modes) {
            if (!modes.equals(Set.of(AccessMode.READ, AccessMode.APPEND))) {
                throw new IllegalStateException("The friend should read and append, not " + modes);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            candidate.close();
            scratch.close();
        }
    }

    /** An engine that has decided nothing yet, made before each call and outside its timing. */
    @State(Scope.Thread)
    public static class FreshEngine {

        private WacEngine engine;

        @Setup(Level.Invocation)
        public void create(Pod pod) {
            engine = new WacEngine(pod.view, WaterReadings.BASE_URL, OWNERS);
        }
    }

    @Benchmark
    public Set<AccessMode> warm(Pod pod) {
        return pod.warmEngine.modes(AGENT, pod.resource);
    }

    @Benchmark
    public Set<AccessMode> cold(Pod pod, FreshEngine fresh) {
        return fresh.engine.modes(AGENT, pod.resource);
    }
}
