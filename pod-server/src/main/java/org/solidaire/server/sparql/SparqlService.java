// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.access.AccessMode;
import org.solidaire.server.access.Agent;
import org.solidaire.server.access.AuthorizationEngine;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.server.store.ServerManagedTriples;

/**
 * Read-only SPARQL 1.1 queries over one pod, seeing exactly what the caller could GET: one named graph per
 * resource the authorization engine lets the caller read, holding what a GET of it returns, and a default graph
 * that is empty or, on request, the union of those graphs. {@code FROM}, {@code FROM NAMED} and the protocol's
 * graph parameters only narrow that dataset; {@code SERVICE} is refused, so a query never leaves the server.
 *
 * <p>The readable graphs are chosen per resource, never per triple, and kept for each caller until a rule changes
 * or a resource of the pod is created or deleted.
 *
 * @see <a href="https://www.w3.org/TR/sparql11-query/">SPARQL 1.1 Query Language</a>
 */
public final class SparqlService {

    private static final Logger LOG = LoggerFactory.getLogger(SparqlService.class);

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private final ResourceStore store;
    private final String baseUrl;
    private final AuthorizationEngine engine;
    private final QueryLimits limits;
    private final PodResources resources;
    /** At most two queries per processor run at once, so that queries cannot starve the rest of the server. */
    private final java.util.concurrent.Semaphore running =
            new java.util.concurrent.Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
    private final ServerManagedTriples managed;
    private final Cache<CallerKey, ReadableGraphs> readable = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((CallerKey key, ReadableGraphs graphs) -> graphs.graphs().size() + 1)
            .build();

    private record CallerKey(ResourcePath podRoot, Optional<String> webId, Optional<String> clientId,
            Optional<String> origin) {
    }

    /**
     * A service over the pods of a store.
     *
     * @param store where the resources live
     * @param baseUrl the public base URL, ending with {@code /}
     * @param engine decides which resources a caller may read
     * @param limits what one query may cost
     */
    public SparqlService(ResourceStore store, String baseUrl, AuthorizationEngine engine, QueryLimits limits) {
        this.store = requireNonNull(store, "store");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
        this.engine = requireNonNull(engine, "engine");
        this.limits = requireNonNull(limits, "limits");
        this.resources = new PodResources(store);
        this.managed = new ServerManagedTriples(store, baseUrl);
    }

    /**
     * Parses a query, refusing what this endpoint does not run.
     *
     * @param text the query
     * @param podRoot the pod, whose root IRI is the base of relative IRIs in the query
     * @return the parsed query
     * @throws ProblemException 400 with the line and column of a syntax error, or for {@code SERVICE}
     */
    public Query parse(String text, ResourcePath podRoot) {
        try {
            Query query = QueryFactory.create(text, podRoot.iri(baseUrl), Syntax.syntaxSPARQL_11);
            ReachGuard.refuse(Algebra.compile(query), "a query to this endpoint only reads the pod");
            return CheckedLanguageTags.checked(BoundedRegex.bound(query));
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw ProblemException.badRequest("This endpoint answers queries only; SPARQL Update is not taken "
                        + "here: change a resource with PATCH on the resource itself.");
            }
            throw syntaxError(e);
        } catch (ExprEvalException e) {
            throw badRegularExpression(e);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    /**
     * Jena compiles the constant pattern of a REGEX or REPLACE as it reads the query, or as the patterns are
     * bounded, and fails there.
     */
    private static ProblemException badRegularExpression(ExprEvalException e) {
        return ProblemException.badRequest("The query has a regular expression, or regular expression flags, that "
                + "REGEX and REPLACE cannot use: " + e.getMessage()).causedBy(e);
    }

    private static boolean isUpdate(String text) {
        try {
            org.apache.jena.update.UpdateFactory.create(text);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    private static ProblemException tooDeep() {
        return ProblemException.of(400, "Bad Request", "The query is nested too deeply or is too long for this "
                + "endpoint to read; split it into simpler queries.");
    }

    /** The error at the position the parser names in its message, which is the offending token's. */
    private static ProblemException syntaxError(QueryParseException e) {
        if (e.getMessage() == null) {
            return tooDeep().causedBy(e);
        }
        String message = e.getMessage();
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        long line = e.getLine();
        long column = e.getColumn();
        Matcher position = POSITION.matcher(first);
        if (position.find()) {
            line = Long.parseLong(position.group(1));
            column = Long.parseLong(position.group(2));
        }
        ProblemException problem = ProblemException.of(400, "Bad Request", "The query is not valid SPARQL 1.1: "
                + first);
        return line > 0 ? problem.with("line", line).with("column", column) : problem;
    }

    /**
     * Runs a parsed query for a caller, within the limits.
     *
     * @param agent who asks, with the client and origin the request came from
     * @param podRoot the pod to query
     * @param query the query, from {@link #parse}
     * @param request the protocol's dataset parameters
     * @return the whole result
     * @throws ProblemException 503 past the time limit, 422 past the result limit
     */
    public QueryResult query(Agent agent, ResourcePath podRoot, Query query, QueryRequest request) {
        long started = System.nanoTime();
        ReadableGraphs visible = readableGraphs(agent, podRoot);
        Query effective = withProtocolDataset(query, request);
        QueryResult result = admitted(() -> store.read(podRoot, dataset ->
                Tdb2Evaluation.applies(dataset, effective, request)
                        ? run(dataset, effective, Tdb2Evaluation.filter(dataset, visible), request.unionDefaultGraph())
                        : run(view(dataset, visible, request), effective, null, false)));
        LOG.debug("{} queried {} over {} graphs: {} results in {} ms", agent.webId().orElse("anonymous"), podRoot,
                visible.graphs().size(), result.size(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /**
     * The graphs an agent may see in a pod, as resource paths.
     *
     * @param agent who asks
     * @param podRoot the pod
     * @return the readable resources holding triples, in the pod's order
     */
    public List<ResourcePath> readableResources(Agent agent, ResourcePath podRoot) {
        return List.copyOf(readableGraphs(agent, podRoot).graphs().values());
    }

    /** SPARQL 1.1 Protocol §2.1.4: the protocol's graph parameters replace the query's FROM and FROM NAMED. */
    private static Query withProtocolDataset(Query query, QueryRequest request) {
        if (request.defaultGraphUris().isEmpty() && request.namedGraphUris().isEmpty()
                || !query.hasDatasetDescription()) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.getGraphURIs().clear();
        copy.getNamedGraphURIs().clear();
        return copy;
    }

    /** Runs a query when fewer than the allowed number are running, waiting at most the time limit for a turn. */
    private QueryResult admitted(java.util.function.Supplier<QueryResult> work) {
        boolean admitted;
        try {
            admitted = running.tryAcquire(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw ProblemException.of(503, "Service Unavailable", "Too many queries are running on this server; "
                    + "try again shortly.").withHeader("Retry-After", "1");
        }
        try {
            return BoundedRegex.before(limits.timeout().toMillis(), work);
        } catch (StackOverflowError e) {
            throw tooDeep();
        } catch (OutOfMemoryError e) {
            // The memory was this query's own, and is released as it unwinds; the server goes on.
            throw ProblemException.of(503, "Service Unavailable", "The query needed more memory than this "
                    + "endpoint gives one query; narrow it.");
        } finally {
            running.release();
        }
    }

    private ReadableGraphs readableGraphs(Agent agent, ResourcePath podRoot) {
        CallerKey key = new CallerKey(podRoot, agent.webId(), agent.clientId(), agent.origin());
        List<ResourcePath> tree = resources.of(podRoot);
        long generation = engine.generation();
        ReadableGraphs cached = readable.getIfPresent(key);
        if (cached != null && cached.tree() == tree && cached.generation() == generation) {
            return cached;
        }
        Map<Node, ResourcePath> graphs = new LinkedHashMap<>();
        for (ResourcePath path : tree) {
            if (engine.allows(agent, path, AccessMode.READ)) {
                graphs.put(NodeFactory.createURI(path.iri(baseUrl)), path);
            }
        }
        ReadableGraphs computed = new ReadableGraphs(tree, generation, Map.copyOf(graphs));
        readable.put(key, computed);
        return computed;
    }

    private DatasetGraph view(DatasetGraph dataset, ReadableGraphs visible, QueryRequest request) {
        DatasetGraph view = new AccessControlledDataset(dataset, visible, managed::of, baseUrl,
                request.unionDefaultGraph());
        if (request.defaultGraphUris().isEmpty() && request.namedGraphUris().isEmpty()) {
            return view;
        }
        DatasetDescription description = DatasetDescription.create(request.defaultGraphUris(),
                request.namedGraphUris());
        return DynamicDatasets.dynamicDataset(description, view, false);
    }

    private QueryResult run(DatasetGraph dataset, Query query, Object storeFilter, boolean unionDefaultGraph) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query).set(ARQ.httpServiceAllowed, false)
                .timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (storeFilter != null) {
            builder.set(SystemTDB.symTupleFilter, storeFilter).set(TDB2.symUnionDefaultGraph, unionDefaultGraph);
        }
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                return select(exec.select());
            }
            if (query.isAskType()) {
                return QueryResult.answer(exec.ask());
            }
            return QueryResult.graph(collect(query.isConstructType() ? exec.constructTriples()
                    : exec.describeTriples()));
        } catch (QueryCancelledException e) {
            throw ProblemException.of(503, "Service Unavailable", "The query ran longer than this endpoint's "
                    + "limit of " + limits.timeout().toMillis() + " ms and was stopped; narrow it, or add LIMIT.")
                    .with("timeoutMillis", limits.timeout().toMillis());
        }
    }

    private QueryResult select(RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext()) {
            kept.add(rows.next());
            checkSize(kept.size());
        }
        return QueryResult.rows(rows.getResultVars(), kept);
    }

    private Graph collect(Iterator<Triple> triples) {
        Graph graph = GraphFactory.createGraphMem();
        while (triples.hasNext()) {
            graph.add(triples.next());
            checkSize(graph.size());
        }
        return graph;
    }

    private void checkSize(long size) {
        if (size > limits.maxResults()) {
            throw ProblemException.of(422, "Unprocessable Content", "The query has more than this endpoint's "
                    + "limit of " + limits.maxResults() + " results; narrow it, or add LIMIT.")
                    .with("maxResults", limits.maxResults());
        }
    }
}
