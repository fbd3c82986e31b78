// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.solidaire.server.rdf.ContentNegotiation;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;

/**
 * The complete answer to a query, held in memory within the result limit, and its representations: SPARQL results
 * in JSON, XML, CSV or TSV for SELECT and ASK; any RDF syntax of the server for CONSTRUCT and DESCRIBE.
 */
public final class QueryResult {

    /** SPARQL result media types, in the order of preference when the client has none. */
    private static final Map<String, Lang> RESULT_TYPES = Map.of(
            "application/sparql-results+json", ResultSetLang.RS_JSON,
            "application/sparql-results+xml", ResultSetLang.RS_XML,
            "text/csv", ResultSetLang.RS_CSV,
            "text/tab-separated-values", ResultSetLang.RS_TSV,
            "application/json", ResultSetLang.RS_JSON);
    private static final List<String> RESULT_PREFERENCE = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values", "application/json");

    private final List<Var> vars;
    private final List<Binding> rows;
    private final Boolean answer;
    private final Graph graph;

    private QueryResult(List<Var> vars, List<Binding> rows, Boolean answer, Graph graph) {
        this.vars = vars;
        this.rows = rows;
        this.answer = answer;
        this.graph = graph;
    }

    static QueryResult rows(List<Var> vars, List<Binding> rows) {
        return new QueryResult(List.copyOf(vars), rows, null, null);
    }

    static QueryResult answer(boolean answer) {
        return new QueryResult(null, null, answer, null);
    }

    static QueryResult graph(Graph graph) {
        return new QueryResult(null, null, null, graph);
    }

    /** Whether the result is RDF (CONSTRUCT, DESCRIBE) rather than SPARQL results (SELECT, ASK). */
    public boolean isGraph() {
        return graph != null;
    }

    /**
     * The rows of a SELECT result.
     *
     * @return the rows, readable once
     * @throws IllegalStateException for the result of another query form
     */
    public RowSet rows() {
        if (rows == null) {
            throw new IllegalStateException("Only a SELECT query has rows");
        }
        return RowSetStream.create(vars, rows.iterator());
    }

    /** The number of rows, triples, or 1 for a boolean. */
    public long size() {
        if (graph != null) {
            return graph.size();
        }
        return rows != null ? rows.size() : 1;
    }

    /**
     * The media types this result can be sent as, in the server's order of preference.
     *
     * @return media types without parameters
     */
    public List<String> mediaTypes() {
        if (graph != null) {
            return ContentNegotiation.RDF_MEDIA_TYPES;
        }
        return RESULT_PREFERENCE;
    }

    /**
     * Chooses the representation for an {@code Accept} header, with its q-values.
     *
     * @param accept the header value, possibly null
     * @return a media type of {@link #mediaTypes()}, or empty when the header allows none (406)
     */
    public Optional<String> negotiate(String accept) {
        if (graph != null) {
            return ContentNegotiation.chooseRdf(accept).map(RdfFormat::mediaType);
        }
        return ContentNegotiation.choose(accept, RESULT_PREFERENCE);
    }

    /**
     * The result serialised in a media type of {@link #mediaTypes()}.
     *
     * @param mediaType the media type, as {@link #negotiate} chose it
     * @return the bytes of the representation
     */
    public byte[] bytes(String mediaType) {
        if (graph != null) {
            return RdfCodec.toBytes(graph, RdfFormat.forContentType(mediaType).orElseThrow());
        }
        Lang lang = RESULT_TYPES.get(mediaType);
        if (lang == null) {
            throw new IllegalArgumentException("Not a SPARQL result media type: " + mediaType);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter writer = ResultsWriter.create().lang(lang).build();
        if (answer != null) {
            writer.write(out, answer.booleanValue());
        } else {
            writer.write(out, RowSetStream.create(vars, rows.iterator()));
        }
        return out.toByteArray();
    }

    /**
     * The media type to send in {@code Content-Type} for a chosen representation, with its charset.
     *
     * @param mediaType the media type {@link #negotiate} chose
     * @return the header value
     */
    public String contentType(String mediaType) {
        if (graph != null) {
            return mediaType;
        }
        String type = "application/json".equals(mediaType) ? "application/sparql-results+json" : mediaType;
        return type.startsWith("text/") || type.endsWith("json") || type.endsWith("xml")
                ? type + "; charset=utf-8" : type;
    }
}
