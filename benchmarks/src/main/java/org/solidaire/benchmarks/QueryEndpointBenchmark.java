// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.solidaire.server.ServerOptions;
import org.solidaire.server.SolidServer;
import org.solidaire.server.access.Agent;
import org.solidaire.server.access.PodOwners;
import org.solidaire.server.access.wac.WacEngine;
import org.solidaire.server.sparql.QueryLimits;
import org.solidaire.server.sparql.QueryRequest;
import org.solidaire.server.sparql.SparqlService;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;

/**
 * A monthly aggregation over a pod of 10,000 documents of water readings (about 200,000 triples), by a caller
 * granted one tenth of them (one container of 1,000 documents, readable by anyone; the rest readable by the
 * owner only):
 *
 * <ul>
 *   <li>{@code endpoint}: the pod's query service in-process, choosing the readable graphs and answering;</li>
 *   <li>{@code endpointUnion}: the same over the union default graph;</li>
 *   <li>{@code endpointOverHttp}: the same through the server's HTTP endpoint;</li>
 *   <li>{@code jenaTdb2OnlyGranted} and {@code jenaMemoryOnlyGranted}: the same query by Jena in-process over a
 *       TDB2 or in-memory dataset holding only the granted documents, with no access control at all;</li>
 *   <li>{@code appFetchingOneByOne}: what an app does without the endpoint: list the container, GET each granted
 *       document over HTTP, and run the query on its own copy.</li>
 * </ul>
 *
 * <p>The pod is loaded once into {@code target/query-benchmark-data} and kept for later runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.jena.tdb.store.enableInlineLiterals=false",
        "-Dsolidaire.log.level=WARN", "-Xmx2g"})
public class QueryEndpointBenchmark {

    static final int CONTAINERS = 10;
    static final int DOCUMENTS_PER_CONTAINER = 1000;
    static final String BASE_URL = "http://localhost:18089/";
    static final ResourcePath POD = ResourcePath.parse("/bench/");
    static final String OWNER = "https://owner.example/profile/card#me";

    static final String MONTHLY = """
            PREFIX cdv: <https://w3id.org/cdv#>
            PREFIX sosa: <http://www.w3.org/ns/sosa/>
            PREFIX qudt: <http://qudt.org/schema/qudt/>
            SELECT ?month (SUM(?litres) AS ?total) WHERE {
              GRAPH ?g { ?o a cdv:WaterConsumptionObservation ; cdv:periodStart ?start ; sosa:hasResult ?r .
                         ?r qudt:numericValue ?litres }
              BIND(SUBSTR(STR(?start), 1, 7) AS ?month)
            } GROUP BY ?month ORDER BY ?month
            """;
    static final String MONTHLY_UNION = MONTHLY.replace("GRAPH ?g {", "{");

    /** The loaded pod, its server, and the two baselines holding the granted documents only. */
    @State(Scope.Benchmark)
    public static class Pod {

        private SolidServer server;
        private SparqlService service;
        private DatasetGraph grantedTdb2;
        private DatasetGraph grantedMemory;
        private Path baselineDir;
        private final HttpClient http = HttpClient.newHttpClient();
        private final Query monthly = QueryFactory.create(MONTHLY);
        private final Query monthlyUnion = QueryFactory.create(MONTHLY_UNION);

        @Setup(Level.Trial)
        public void open() throws Exception {
            Path dir = Path.of("target", "query-benchmark-data");
            boolean loaded = Files.exists(dir.resolve("loaded"));
            server = SolidServer.start(ServerOptions.loopback(dir).baseUrl(BASE_URL).openPods(List.of("bench"))
                    .queryLimits(new QueryLimits(Duration.ofMinutes(1), 1_000_000)).build());
            if (!loaded) {
                load(server.store());
                Files.writeString(dir.resolve("loaded"), "yes\n");
            }
            service = new SparqlService(server.store(), BASE_URL, new WacEngine(server.store(), BASE_URL,
                    PodOwners.NONE), new QueryLimits(Duration.ofMinutes(1), 1_000_000));
            baselineDir = Files.createTempDirectory("query-benchmark-baseline");
            grantedTdb2 = DatabaseMgr.connectDatasetGraph(baselineDir.toString());
            grantedMemory = DatasetGraphFactory.createTxnMem();
            copyGranted(server.store(), grantedTdb2);
            copyGranted(server.store(), grantedMemory);
            check();
        }

        /** Refuses to measure unless every way gives the same twelve months. */
        private void check() throws Exception {
            String expected = answer(endpoint(false));
            List<String> others = List.of(answer(endpoint(true)),
                    answer(baseline(grantedTdb2)), answer(baseline(grantedMemory)),
                    answer(appFetchingOneByOne()));
            for (String other : others) {
                if (!other.equals(expected)) {
                    throw new IllegalStateException("Different answers:\n" + expected + "\n" + other);
                }
            }
        }

        /** The months and their totals, one line each. */
        private static String answer(org.apache.jena.sparql.exec.RowSet rows) {
            StringBuilder text = new StringBuilder();
            rows.forEachRemaining(row -> text.append(row.get("month").getLiteralLexicalForm()).append(' ')
                    .append(row.get("total").getLiteralLexicalForm()).append('\n'));
            if (text.isEmpty()) {
                throw new IllegalStateException("The monthly totals are empty");
            }
            return text.toString();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            server.close();
            grantedTdb2.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(grantedTdb2);
            try (var files = Files.walk(baselineDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        org.apache.jena.sparql.exec.RowSet endpoint(boolean union) {
            Query query = union ? monthlyUnion : monthly;
            QueryRequest request = new QueryRequest(query.toString(), List.of(), List.of(), union);
            return service.query(Agent.anonymous(java.util.Optional.empty()), POD, query, request).rows();
        }

        org.apache.jena.sparql.exec.RowSet baseline(DatasetGraph dataset) {
            return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(monthly).select().materialize());
        }

        String endpointOverHttp() throws IOException, InterruptedException {
            URI uri = URI.create(requestBase() + "bench/.well-known/sparql?query="
                    + URLEncoder.encode(MONTHLY, StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build());
        }

        org.apache.jena.sparql.exec.RowSet appFetchingOneByOne() throws IOException, InterruptedException {
            String container = requestBase() + "bench/water-0/";
            Graph listing = GraphFactory.createGraphMem();
            RDFParser.fromString(send(HttpRequest.newBuilder(URI.create(container)).build()), Lang.TURTLE)
                    .base(BASE_URL + "bench/water-0/").parse(listing);
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            for (var member : listing.find(NodeFactory.createURI(BASE_URL + "bench/water-0/"),
                    org.solidaire.vocab.LDP.contains, org.apache.jena.graph.Node.ANY).toList()) {
                String iri = member.getObject().getURI();
                String turtle = send(HttpRequest.newBuilder(URI.create(requestBase()
                        + iri.substring(BASE_URL.length()))).build());
                Graph graph = GraphFactory.createGraphMem();
                RDFParser.fromString(turtle, Lang.TURTLE).base(iri).parse(graph);
                copy.addGraph(member.getObject(), graph);
            }
            return QueryExec.dataset(copy).query(monthly).select().materialize();
        }

        /** Where requests go: the server's real port, while its IRIs keep the base URL the data was loaded with. */
        private String requestBase() {
            return "http://127.0.0.1:" + server.port() + "/";
        }

        private String send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }
    }

    /** Writes the pod: the owner-only root, one container readable by anyone, ten containers of documents. */
    static void load(ResourceStore store) throws Exception {
        put(store, POD.auxiliary(ResourcePath.ACL_SUFFIX), """
                @prefix acl: <http://www.w3.org/ns/auth/acl#> .
                <#owner> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <./> ; acl:default <./> ;
                    acl:mode acl:Read , acl:Write , acl:Control .
                """.formatted(OWNER));
        ExecutorService writers = Executors.newFixedThreadPool(64);
        List<Future<?>> writes = new ArrayList<>();
        for (int c = 0; c < CONTAINERS; c++) {
            for (int d = 0; d < DOCUMENTS_PER_CONTAINER; d++) {
                ResourcePath path = ResourcePath.parse("/bench/water-" + c + "/d" + d);
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(d % 366);
                String turtle = WaterReadings.dailyTurtle(day, 100 + (c * 7 + d) % 300);
                writes.add(writers.submit(() -> put(store, path, turtle)));
            }
        }
        for (Future<?> write : writes) {
            write.get();
        }
        writers.shutdown();
        put(store, ResourcePath.parse("/bench/water-0/.acl"), """
                @prefix acl: <http://www.w3.org/ns/auth/acl#> .
                <#owner> a acl:Authorization ; acl:agent <%s> ; acl:accessTo <./> ; acl:default <./> ;
                    acl:mode acl:Read , acl:Write , acl:Control .
                <#anyone> a acl:Authorization ; acl:agentClass <http://xmlns.com/foaf/0.1/Agent> ;
                    acl:accessTo <./> ; acl:default <./> ; acl:mode acl:Read .
                """.formatted(OWNER));
    }

    private static void put(ResourceStore store, ResourcePath path, String turtle) {
        Graph graph = GraphFactory.createGraphMem();
        RDFParser.fromString(turtle, Lang.TURTLE).base(path.iri(BASE_URL)).parse(graph);
        store.put(path, new Content.Rdf(graph), Precondition.NONE);
    }

    /** Copies the granted documents, and nothing else, into a dataset without access control. */
    static void copyGranted(ResourceStore store, DatasetGraph target) {
        Txn.executeWrite(target, () -> {
            for (int d = 0; d < DOCUMENTS_PER_CONTAINER; d++) {
                ResourcePath path = ResourcePath.parse("/bench/water-0/d" + d);
                Graph graph = store.graph(path);
                var name = NodeFactory.createURI(path.iri(BASE_URL));
                graph.find().forEachRemaining(t -> target.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    @Benchmark
    public Object endpoint(Pod pod) {
        return pod.endpoint(false).materialize();
    }

    @Benchmark
    public Object endpointUnion(Pod pod) {
        return pod.endpoint(true).materialize();
    }

    @Benchmark
    public Object jenaTdb2OnlyGranted(Pod pod) {
        return pod.baseline(pod.grantedTdb2);
    }

    @Benchmark
    public Object jenaMemoryOnlyGranted(Pod pod) {
        return pod.baseline(pod.grantedMemory);
    }

    @Benchmark
    public Object endpointOverHttp(Pod pod) throws Exception {
        return pod.endpointOverHttp();
    }

    @Benchmark
    public Object appFetchingOneByOne(Pod pod) throws Exception {
        return pod.appFetchingOneByOne();
    }
}
