// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.solidaire.server.ServerOptions;
import org.solidaire.server.SolidAgent;
import org.solidaire.server.SolidServer;

/**
 * The endpoint's invariant, as a property: for random trees of resources under random ACLs, every agent (the
 * owner, named agents, an app's origin, anyone) obtains through the endpoint exactly the graphs, and in each graph
 * exactly the triples, that it obtains by GET on each resource of the pod. Each trial's seed is in its name.
 */
class SparqlAccessPropertyTest {

    private static final String ACL = "http://www.w3.org/ns/auth/acl#";
    private static final String APP = "https://app.example";
    private static final List<String> MODES = List.of("Read", "Append", "Write", "Control");
    private static final Node P1 = org.apache.jena.graph.NodeFactory.createURI("http://example.org/ns#p1");
    private static final String ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

    private static Path dir;
    private static SolidServer server;
    private static Map<String, SolidAgent> agents;
    private static final Set<String> KNOWN = new LinkedHashSet<>();

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("sparql-property");
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, SolidAgent.seedFile("alice", "bob", "carol"));
        server = SolidServer.start(ServerOptions.loopback(dir.resolve("data")).seedFile(seed).build());
        agents = Map.of("alice", login("alice"), "bob", login("bob"), "carol", login("carol"));
        discover("alice/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SolidAgent login(String name) {
        return SolidAgent.loginSeeded(server.baseUrl(), name);
    }

    private static String webId(String name) {
        return server.baseUrl() + name + "/profile/card#me";
    }

    /** Finds the resources the pod was provisioned with, while the owner may still read all of them. */
    private static void discover(String container) {
        KNOWN.add(container);
        Graph listing = parse(agents.get("alice").get(uri(container)), container);
        listing.find(Node.ANY, org.solidaire.vocab.LDP.contains, Node.ANY).forEach(t -> {
            String member = t.getObject().getURI().substring(server.baseUrl().length());
            if (member.endsWith("/")) {
                discover(member);
            } else {
                KNOWN.add(member);
            }
        });
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEndpointShowsExactlyWhatGetShows(long seed) {
        Random random = new Random(seed);
        List<String> created = populate(random, "alice/t" + seed + "/");
        KNOWN.addAll(created);
        protect(random, created);
        for (String who : List.of("alice", "bob", "carol", "anonymous", "bob@app")) {
            Map<String, Graph> byGet = byGet(who);
            Map<String, Graph> byQuery = byQuery(who);
            Set<String> onlyGet = new java.util.TreeSet<>(byGet.keySet());
            onlyGet.removeAll(byQuery.keySet());
            Set<String> onlyQuery = new java.util.TreeSet<>(byQuery.keySet());
            onlyQuery.removeAll(byGet.keySet());
            assertEquals(byGet.keySet(), byQuery.keySet(), "seed " + seed + ", " + who + ": only by GET " + onlyGet
                    + ", only by the endpoint " + onlyQuery);
            for (Map.Entry<String, Graph> entry : byGet.entrySet()) {
                Graph fromQuery = byQuery.get(entry.getKey());
                assertTrue(entry.getValue().isIsomorphicWith(fromQuery), "seed " + seed + ", " + who + ", "
                        + entry.getKey() + ": GET gave " + entry.getValue() + " but the endpoint " + fromQuery);
            }
            Graph union = GraphFactory.createGraphMem();
            byGet.values().forEach(graph -> graph.find(Node.ANY, P1, Node.ANY).forEach(union::add));
            Graph fromUnion = unionByQuery(who);
            assertTrue(union.isIsomorphicWith(fromUnion), "seed " + seed + ", " + who + ": GET gave " + union
                    + " but the endpoint's union " + fromUnion);
        }
    }

    /** Creates a random tree of containers, documents (with blank nodes), binaries and descriptions. */
    private static List<String> populate(Random random, String root) {
        List<String> containers = new ArrayList<>(List.of(root));
        List<String> created = new ArrayList<>(List.of(root));
        ok(agents.get("alice").put(uri(root), "text/turtle", "<> <http://purl.org/dc/terms/title> \"trial\" ."));
        int count = 8 + random.nextInt(10);
        for (int i = 0; i < count; i++) {
            String parent = containers.get(random.nextInt(containers.size()));
            int kind = random.nextInt(5);
            String path = parent + (kind == 0 ? "c" + i + "/" : "r" + i);
            if (kind == 0) {
                containers.add(path);
                ok(agents.get("alice").put(uri(path), "text/turtle", ""));
            } else if (kind == 1) {
                ok(agents.get("alice").put(uri(path), "text/plain", "bytes " + i));
            } else {
                ok(agents.get("alice").put(uri(path), "text/turtle", document(random, i)));
            }
            created.add(path);
            if (random.nextInt(4) == 0) {
                ok(agents.get("alice").put(uri(path + ".meta"), "text/turtle",
                        "<" + server.baseUrl() + path + "> <http://purl.org/dc/terms/subject> \"about " + i + "\" ."));
            }
        }
        return created;
    }

    private static String document(Random random, int i) {
        StringBuilder turtle = new StringBuilder("@prefix ex: <http://example.org/ns#>.\n");
        int triples = random.nextInt(6);
        for (int t = 0; t < triples; t++) {
            turtle.append("<#s").append(random.nextInt(3)).append("> ex:p").append(random.nextInt(3)).append(' ');
            switch (random.nextInt(3)) {
                case 0 -> turtle.append(random.nextInt(100));
                case 1 -> turtle.append("[ ex:v \"blank ").append(i).append("\"@fr ]");
                default -> turtle.append("<#o").append(random.nextInt(3)).append('>');
            }
            turtle.append(" .\n");
        }
        return turtle.toString();
    }

    /** Puts random ACLs on some of the created resources. */
    private static void protect(Random random, List<String> created) {
        for (String path : created) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            StringBuilder rules = new StringBuilder("@prefix acl: <" + ACL + ">.\n");
            if (random.nextInt(5) != 0) {
                rules.append(rule("owner", "acl:agent <" + webId("alice") + ">", "acl:Read, acl:Write, acl:Control"));
            }
            int extra = random.nextInt(4);
            for (int r = 0; r < extra; r++) {
                rules.append(rule("r" + r, who(random), modes(random)));
            }
            String target = path.endsWith("/") ? "<./>" : "<" + path.substring(path.lastIndexOf('/') + 1) + ">";
            String body = rules.toString().replace("TARGET", path.endsWith("/") && random.nextBoolean()
                    ? "acl:accessTo " + target + "; acl:default " + target
                    : path.endsWith("/") && random.nextBoolean() ? "acl:default " + target : "acl:accessTo " + target);
            HttpResponse<String> response = agents.get("alice").put(uri(path + ".acl"), "text/turtle", body);
            ok(response);
        }
    }

    private static String rule(String name, String who, String modes) {
        return "<#" + name + "> a acl:Authorization; " + who + "; TARGET; acl:mode " + modes + ".\n";
    }

    private static String who(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "acl:agent <" + webId("bob") + ">";
            case 1 -> "acl:agent <" + webId("carol") + ">";
            case 2 -> "acl:agent <" + webId("bob") + ">; acl:origin <" + APP + ">";
            case 3 -> "acl:agentClass acl:AuthenticatedAgent";
            default -> "acl:agentClass <http://xmlns.com/foaf/0.1/Agent>";
        };
    }

    private static String modes(Random random) {
        List<String> chosen = new ArrayList<>();
        for (String mode : MODES) {
            if (random.nextBoolean()) {
                chosen.add("acl:" + mode);
            }
        }
        return chosen.isEmpty() ? "acl:Read" : String.join(", ", chosen);
    }

    /** What the agent obtains by GET on every resource of the pod, its descriptions and its ACL resources. */
    private static Map<String, Graph> byGet(String who) {
        Map<String, Graph> graphs = new TreeMap<>();
        for (String path : KNOWN) {
            for (String candidate : List.of(path, path + ".meta", path + ".acl")) {
                HttpResponse<String> response = act(who, "GET", uri(candidate), null);
                if (response.statusCode() == 200
                        && response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle")) {
                    Graph graph = parse(response, candidate);
                    if (!graph.isEmpty()) {
                        graphs.put(server.baseUrl() + candidate, graph);
                    }
                }
            }
        }
        return graphs;
    }

    /**
     * The triples of one predicate in the union of what the agent may see: a query whose patterns cannot match
     * server-managed triples, so the store's own engine answers it.
     */
    private static Graph unionByQuery(String who) {
        String query = "SELECT ?s ?o WHERE { ?s <" + P1.getURI() + "> ?o }";
        String body = "query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> response = act(who, "POST", uri("alice/.well-known/sparql?union=true"), body);
        assertEquals(200, response.statusCode(), response.body());
        byte[] json = response.body().getBytes(StandardCharsets.UTF_8);
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON));
        Graph graph = GraphFactory.createGraphMem();
        rows.forEachRemaining(row -> graph.add(row.get(Var.alloc("s")), P1, row.get(Var.alloc("o"))));
        return graph;
    }

    /** What the agent obtains from the endpoint: every quad of every graph it can see. */
    private static Map<String, Graph> byQuery(String who) {
        String body = "query=" + java.net.URLEncoder.encode(ALL_QUADS, StandardCharsets.UTF_8);
        HttpResponse<String> response = act(who, "POST", uri("alice/.well-known/sparql"), body);
        assertEquals(200, response.statusCode(), response.body());
        byte[] json = response.body().getBytes(StandardCharsets.UTF_8);
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON));
        Map<String, Graph> graphs = new TreeMap<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            graphs.computeIfAbsent(row.get(Var.alloc("g")).getURI(), g -> GraphFactory.createGraphMem())
                    .add(row.get(Var.alloc("s")), row.get(Var.alloc("p")), row.get(Var.alloc("o")));
        }
        return graphs;
    }

    private static HttpResponse<String> act(String who, String method, URI target, String form) {
        HttpRequest.BodyPublisher body = form == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(form);
        String name = who.replace("@app", "");
        HttpRequest.Builder request = "anonymous".equals(name)
                ? HttpRequest.newBuilder(target).method(method, body)
                : agents.get(name).request(method, target, body);
        request.header("Accept", form == null ? "text/turtle" : "application/sparql-results+json");
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (who.endsWith("@app")) {
            request.header("Origin", APP);
        }
        return SolidAgent.send(request.build());
    }

    private static Graph parse(HttpResponse<String> response, String path) {
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(response.body(), Lang.TURTLE).base(server.baseUrl() + path).parse(graph);
        return graph;
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static void ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
    }
}
