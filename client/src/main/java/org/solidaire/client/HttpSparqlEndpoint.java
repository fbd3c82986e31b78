// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import com.inrupt.client.Request;
import com.inrupt.client.Response;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RiotException;

/** The {@link SparqlEndpoint} over HTTP, per the SPARQL 1.1 Protocol. */
final class HttpSparqlEndpoint implements SparqlEndpoint {

    private final Transport transport;
    private final URI uri;

    HttpSparqlEndpoint(Transport transport, URI uri) {
        this.transport = transport;
        this.uri = uri;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public ResultSetRewindable select(String query, DefaultGraph defaultGraph) {
        requireForm(query, Query::isSelectType, "SELECT");
        return run(query, defaultGraph, SparqlRequest.RESULTS_ACCEPT,
                response -> SparqlResults.solutions(response.body(), contentType(response)));
    }

    @Override
    public boolean ask(String query, DefaultGraph defaultGraph) {
        requireForm(query, Query::isAskType, "ASK");
        return run(query, defaultGraph, SparqlRequest.RESULTS_ACCEPT,
                response -> SparqlResults.answer(response.body(), contentType(response)));
    }

    @Override
    public Graph construct(String query, DefaultGraph defaultGraph) {
        requireForm(query, parsed -> parsed.isConstructType() || parsed.isDescribeType(), "CONSTRUCT or DESCRIBE");
        return run(query, defaultGraph, SparqlRequest.GRAPH_ACCEPT,
                response -> RdfBodies.parse(response.body(), contentType(response), uri));
    }

    private <T> T run(String query, DefaultGraph defaultGraph, String accept, Function<Response<byte[]>, T> reader) {
        SparqlRequest sparql = SparqlRequest.of(uri, query, requireNonNull(defaultGraph, "defaultGraph"), accept);
        Request.Builder builder = transport.request(sparql.uri()).header("Accept", sparql.accept());
        sparql.body().ifPresentOrElse(
                body -> builder.header("Content-Type", SparqlRequest.QUERY_MEDIA_TYPE + "; charset=utf-8")
                        .POST(Request.BodyPublishers.ofString(body)),
                builder::GET);
        Request request = builder.build();
        Response<byte[]> response = transport.send(request);
        try {
            return reader.apply(response);
        } catch (IllegalArgumentException | RiotException | QueryException e) {
            throw SolidaireClientException.unreadable(request, response, e.getMessage(), e);
        }
    }

    /** Parses the query here, to read the answer by its form; the endpoint still has the last word on it. */
    private static void requireForm(String query, Predicate<Query> form, String expected) {
        Query parsed;
        try {
            parsed = QueryFactory.create(requireNonNull(query, "query"), Syntax.syntaxARQ);
        } catch (QueryException e) {
            throw new IllegalArgumentException("Not a SPARQL query: " + e.getMessage(), e);
        }
        if (!form.test(parsed)) {
            throw new IllegalArgumentException("Expected a " + expected + " query, not: " + query);
        }
    }

    private static String contentType(Response<byte[]> response) {
        return Transport.header(response, "Content-Type").orElse("");
    }
}
