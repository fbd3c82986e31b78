// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.net.URI;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;

/**
 * A pod's read-only SPARQL 1.1 endpoint. It answers over one named graph per resource the caller may read, so a
 * query never sees a triple that the session could not GET.
 *
 * <p>Queries go out as {@code GET ?query=} when short enough for a URL, else as a POST of
 * {@code application/sparql-query}. A query the endpoint refuses is a {@link SolidaireClientException}, with the
 * endpoint's problem details.
 *
 * @see <a href="https://www.w3.org/TR/sparql11-protocol/">SPARQL 1.1 Protocol</a>
 */
public interface SparqlEndpoint {

    /** The endpoint's URI. */
    URI uri();

    /**
     * Runs a SELECT query.
     *
     * @param query the query, in SPARQL 1.1
     * @param defaultGraph what the default graph holds
     * @return every solution, read to the end; {@link ResultSetRewindable#reset()} iterates them again
     * @throws IllegalArgumentException if the query is not SPARQL or not a SELECT query
     */
    ResultSetRewindable select(String query, DefaultGraph defaultGraph);

    /** Runs a SELECT query over an empty default graph; see {@link #select(String, DefaultGraph)}. */
    default ResultSetRewindable select(String query) {
        return select(query, DefaultGraph.EMPTY);
    }

    /**
     * Runs an ASK query.
     *
     * @param query the query
     * @param defaultGraph what the default graph holds
     * @return the answer
     * @throws IllegalArgumentException if the query is not SPARQL or not an ASK query
     */
    boolean ask(String query, DefaultGraph defaultGraph);

    /** Runs an ASK query over an empty default graph. */
    default boolean ask(String query) {
        return ask(query, DefaultGraph.EMPTY);
    }

    /**
     * Runs a CONSTRUCT or DESCRIBE query.
     *
     * @param query the query
     * @param defaultGraph what the default graph holds
     * @return the triples built
     * @throws IllegalArgumentException if the query is not SPARQL or neither CONSTRUCT nor DESCRIBE
     */
    Graph construct(String query, DefaultGraph defaultGraph);

    /** Runs a CONSTRUCT or DESCRIBE query over an empty default graph. */
    default Graph construct(String query) {
        return construct(query, DefaultGraph.EMPTY);
    }
}
