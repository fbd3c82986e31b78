// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.ContentNegotiation;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.sparql.QueryRequest;
import org.solidaire.server.sparql.QueryResult;
import org.solidaire.server.sparql.SparqlService;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;

/**
 * A pod's query endpoint, speaking the SPARQL 1.1 Protocol: {@code GET} with {@code query=}, {@code POST} with an
 * {@code application/sparql-query} body or a form. Besides the protocol's {@code default-graph-uri} and
 * {@code named-graph-uri}, the parameter {@code union=true} makes the default graph the union of the graphs the
 * caller may read. Without a query, {@code GET} returns the endpoint's service description.
 *
 * @see <a href="https://www.w3.org/TR/sparql11-protocol/">SPARQL 1.1 Protocol</a>
 */
final class SparqlHandler {

    /** Where each pod's endpoint lives, relative to the pod root. */
    static final String PATH = ".well-known/sparql";
    /** The VoID property that links a dataset to its SPARQL endpoint. */
    static final String VOID_SPARQL_ENDPOINT = "http://rdfs.org/ns/void#sparqlEndpoint";
    static final String ALLOW = "OPTIONS, HEAD, GET, POST";

    private static final int MAX_QUERY_BYTES = 1024 * 1024;
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final SparqlService service;
    private final ResourceStore store;
    private final String baseUrl;

    SparqlHandler(SparqlService service, ResourceStore store, String baseUrl) {
        this.service = service;
        this.store = store;
        this.baseUrl = baseUrl;
    }

    /** Whether a path is a pod's query endpoint. */
    static boolean isEndpoint(ResourcePath path) {
        return !path.isRoot() && path.toString().equals(path.podRoot() + PATH);
    }

    void handle(Exchange exchange) throws IOException {
        exchange.setHeader(Headers.ALLOW, ALLOW);
        String method = exchange.method();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"POST".equals(method)) {
            throw ProblemException.methodNotAllowed("The query endpoint answers GET and POST; SPARQL Update is not "
                    + "taken here: change a resource with PATCH on the resource itself.");
        }
        ResourcePath podRoot = exchange.path().podRoot();
        if (store.info(podRoot).isEmpty()) {
            throw ProblemException.notFound("There is no pod at " + podRoot.iri(baseUrl) + ".");
        }
        Fields parameters = parameters(exchange);
        if (parameters.get("update") != null) {
            throw ProblemException.badRequest("This endpoint answers queries only; SPARQL Update is not taken here: "
                    + "change a resource with PATCH on the resource itself.");
        }
        String text = single(parameters, "query");
        if (text == null) {
            sendServiceDescription(exchange);
            return;
        }
        QueryRequest request = new QueryRequest(text, all(parameters, "default-graph-uri"),
                all(parameters, "named-graph-uri"), union(parameters));
        Query query = service.parse(text, podRoot);
        QueryResult result = service.query(exchange.agent(), podRoot, query, request);
        send(exchange, result);
    }

    private static void send(Exchange exchange, QueryResult result) {
        String accept = exchange.header(Headers.ACCEPT);
        String mediaType = result.negotiate(accept).orElseThrow(() -> ProblemException.of(406, "Not Acceptable",
                "This result can be sent as " + String.join(", ", result.mediaTypes()) + ", none of which the "
                        + "Accept header '" + accept + "' allows."));
        exchange.setHeader(Headers.VARY, "Accept, Authorization, Origin");
        // The answer depends on who asks: no shared cache may keep it.
        exchange.setHeader("Cache-Control", "private, no-store");
        exchange.send(200, result.contentType(mediaType), result.bytes(mediaType));
    }

    /** The request's parameters: the query string's, and for a POST those of its body. */
    private static Fields parameters(Exchange exchange) throws IOException {
        Fields fields = new Fields(true);
        try {
            Request.extractQueryParameters(exchange.request(), StandardCharsets.UTF_8).forEach(fields::put);
            if ("POST".equals(exchange.method())) {
                addBodyParameters(exchange, fields);
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The parameters are not well-formed: percent-encoding of UTF-8 "
                    + "text is expected.");
        }
        return fields;
    }

    private static void addBodyParameters(Exchange exchange, Fields fields) throws IOException {
        String contentType = exchange.header(Headers.CONTENT_TYPE);
        if (contentType == null) {
            throw ProblemException.unsupportedMediaType("A query is POSTed with a Content-Type: "
                    + "application/sparql-query or application/x-www-form-urlencoded.");
        }
        Charset charset = RdfCodec.charsetOf(contentType);
        if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
            throw ProblemException.unsupportedMediaType("A query is sent in UTF-8, not " + charset.name() + ".");
        }
        String essence = RdfFormat.essence(contentType).toLowerCase(Locale.ROOT);
        switch (essence) {
            case "application/sparql-query" -> {
                if (fields.get("query") != null) {
                    throw ProblemException.badRequest("A query sent as application/sparql-query must not also be in "
                            + "the query string.");
                }
                fields.add("query", readBody(exchange));
            }
            case "application/x-www-form-urlencoded" -> UrlEncoded.decodeUtf8To(readBody(exchange), fields);
            case "application/sparql-update" -> throw ProblemException.unsupportedMediaType("SPARQL Update is not "
                    + "taken here: change a resource with PATCH on the resource itself.");
            default -> throw ProblemException.unsupportedMediaType("A query is POSTed as application/sparql-query "
                    + "or application/x-www-form-urlencoded, not '" + contentType + "'.");
        }
    }

    /**
     * Reads the body up to the limit, even when its announced length is larger, so the refusal reaches the client.
     * Past the limit it reads on, discarding, up to as much again: a body that ends there is then read whole, and
     * the refusal goes out on a connection that stays open. Closing it with part of the body unread could reset it
     * before the client has read the answer.
     */
    private static String readBody(Exchange exchange) throws IOException {
        try (InputStream in = exchange.body()) {
            byte[] bytes = in.readNBytes(MAX_QUERY_BYTES + 1);
            if (bytes.length > MAX_QUERY_BYTES) {
                discard(in, MAX_QUERY_BYTES);
                throw tooLarge();
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw ProblemException.badRequest("The body is not well-formed UTF-8.");
            }
        }
    }

    private static void discard(InputStream in, long most) throws IOException {
        byte[] buffer = new byte[8192];
        long discarded = 0;
        int read;
        while (discarded < most && (read = in.read(buffer, 0, (int) Math.min(buffer.length, most - discarded))) >= 0) {
            discarded += read;
        }
    }

    private static ProblemException tooLarge() {
        return ProblemException.of(413, "Content Too Large", "A query may have at most " + MAX_QUERY_BYTES
                + " bytes.").with("limit", MAX_QUERY_BYTES);
    }

    private static String single(Fields fields, String name) {
        List<String> values = all(fields, name);
        if (values.size() > 1) {
            throw ProblemException.badRequest("The parameter '" + name + "' is given " + values.size()
                    + " times; give it once.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> all(Fields fields, String name) {
        Fields.Field field = fields.get(name);
        return field == null ? List.of() : new ArrayList<>(field.getValues());
    }

    private static boolean union(Fields fields) {
        String value = single(fields, "union");
        if (value == null || "false".equals(value)) {
            return false;
        }
        if ("true".equals(value)) {
            return true;
        }
        throw ProblemException.badRequest("The parameter 'union' is 'true' or 'false', not '" + value + "'.");
    }

    /** The SPARQL 1.1 Service Description of the endpoint. */
    private void sendServiceDescription(Exchange exchange) {
        RdfFormat format = ContentNegotiation.chooseRdf(exchange.header(Headers.ACCEPT)).orElseThrow(() ->
                ProblemException.of(406, "Not Acceptable", "The service description is RDF: " + Headers.RDF_TYPES));
        Graph graph = GraphFactory.createGraphMem();
        Node service = NodeFactory.createURI(exchange.iri());
        graph.add(service, RDF.type.asNode(), sd("Service"));
        graph.add(service, sd("endpoint"), service);
        graph.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        for (String result : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML")) {
            graph.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + result));
        }
        graph.add(service, sd("feature"), sd("EmptyGraphs"));
        exchange.setHeader(Headers.VARY, "Accept");
        exchange.send(200, format.mediaType(), RdfCodec.toBytes(graph, format));
    }

    private static Node sd(String localName) {
        return NodeFactory.createURI(SD + localName);
    }
}
