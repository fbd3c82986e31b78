// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A query as the SPARQL 1.1 Protocol carries it.
 *
 * @param query the text of the query
 * @param defaultGraphUris the protocol's {@code default-graph-uri} parameters, which narrow the default graph to
 *     the merge of those graphs
 * @param namedGraphUris the protocol's {@code named-graph-uri} parameters, which narrow the named graphs to those
 * @param unionDefaultGraph whether the default graph is the union of the graphs the caller may read, rather than
 *     empty
 * @see <a href="https://www.w3.org/TR/sparql11-protocol/#query-operation">SPARQL 1.1 Protocol §2.1</a>
 */
public record QueryRequest(String query, List<String> defaultGraphUris, List<String> namedGraphUris,
        boolean unionDefaultGraph) {

    public QueryRequest {
        requireNonNull(query, "query");
        defaultGraphUris = List.copyOf(defaultGraphUris);
        namedGraphUris = List.copyOf(namedGraphUris);
    }

    /** A query alone, over the graphs the caller may read and an empty default graph. */
    public static QueryRequest of(String query) {
        return new QueryRequest(query, List.of(), List.of(), false);
    }
}
