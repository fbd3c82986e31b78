// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Reads SPARQL query results with Jena's result-set readers, by the media type the endpoint answered with. */
final class SparqlResults {

    /** The standard result formats by media type (SPARQL 1.1 Query Results JSON, XML, CSV and TSV Formats). */
    private static final Map<String, Lang> FORMATS = Map.of(
            "application/sparql-results+json", ResultSetLang.RS_JSON,
            "application/sparql-results+xml", ResultSetLang.RS_XML,
            "text/tab-separated-values", ResultSetLang.RS_TSV,
            "text/csv", ResultSetLang.RS_CSV);

    private SparqlResults() {
    }

    /**
     * The solutions of a SELECT, read to the end.
     *
     * @throws IllegalArgumentException if the media type is not a SPARQL result format
     */
    static ResultSetRewindable solutions(byte[] body, String contentType) {
        return ResultSetMgr.read(new ByteArrayInputStream(body), lang(contentType)).rewindable();
    }

    /** The answer of an ASK. */
    static boolean answer(byte[] body, String contentType) {
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(body), lang(contentType));
    }

    private static Lang lang(String contentType) {
        Lang lang = FORMATS.get(RdfBodies.mediaType(contentType));
        if (lang == null) {
            throw new IllegalArgumentException("'" + contentType + "' is not a SPARQL result format this client reads;"
                    + " it asks for " + SparqlRequest.RESULTS_ACCEPT);
        }
        return lang;
    }
}
