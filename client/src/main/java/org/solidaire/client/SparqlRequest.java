// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One SPARQL 1.1 Protocol query request: {@code GET} with the query in the URL when that URL stays short, since
 * proxies and servers limit URL lengths, else {@code POST} with the query as an {@code application/sparql-query}
 * body. The {@code union} parameter rides in the URL either way.
 *
 * @param method {@code GET} or {@code POST}
 * @param uri the request URI, with its query string
 * @param body the query, for a POST
 * @param accept the {@code Accept} header
 * @see <a href="https://www.w3.org/TR/sparql11-protocol/#query-operation">SPARQL 1.1 Protocol §2.1 query
 *     operation</a>
 */
record SparqlRequest(String method, URI uri, Optional<String> body, String accept) {

    /** The longest request URI sent as a GET; longer queries are POSTed. */
    static final int MAX_GET_URI_LENGTH = 2000;
    /** The media type of a query POSTed directly. */
    static final String QUERY_MEDIA_TYPE = "application/sparql-query";
    /** What a SELECT or ASK asks for: JSON results first, then the other standard result formats. */
    static final String RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
            + "text/tab-separated-values;q=0.8, text/csv;q=0.7";
    /** What a CONSTRUCT or DESCRIBE asks for. */
    static final String GRAPH_ACCEPT = RdfBodies.ACCEPT;

    /**
     * The request for a query.
     *
     * @param endpoint the endpoint's URI, without a query string
     * @param query the SPARQL query
     * @param defaultGraph what the default graph holds
     * @param accept the {@code Accept} header
     * @return the request
     */
    static SparqlRequest of(URI endpoint, String query, DefaultGraph defaultGraph, String accept) {
        String union = defaultGraph == DefaultGraph.UNION ? "union=true" : "";
        String get = endpoint + "?query=" + encode(query) + (union.isEmpty() ? "" : "&" + union);
        if (get.length() <= MAX_GET_URI_LENGTH) {
            return new SparqlRequest("GET", URI.create(get), Optional.empty(), accept);
        }
        URI post = union.isEmpty() ? endpoint : URI.create(endpoint + "?" + union);
        return new SparqlRequest("POST", post, Optional.of(query), accept);
    }

    /** Percent-encodes a parameter value, a space as {@code %20} rather than the form encoding's {@code +}. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
