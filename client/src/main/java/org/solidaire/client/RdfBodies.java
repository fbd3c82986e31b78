// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.inrupt.client.Request;
import com.inrupt.client.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * RDF bodies: the formats the client asks for, parses and sends. It reads Turtle and N-Triples only, since a
 * JSON-LD or RDF/XML parser could be made to fetch remote contexts or entities.
 */
final class RdfBodies {

    /** The {@code Accept} header of an RDF read. */
    static final String ACCEPT = "text/turtle, application/n-triples;q=0.9";
    /** The media type of every RDF body the client sends. */
    static final String TURTLE = "text/turtle";

    private static final Set<Lang> READABLE = Set.of(Lang.TURTLE, Lang.NTRIPLES);

    private RdfBodies() {
    }

    /**
     * Parses the body of a successful read, resolving relative IRIs against the request's URI.
     *
     * @throws SolidaireClientException if the body is in another format or is not valid RDF
     */
    static Graph parse(Request request, Response<byte[]> response) {
        String contentType = Transport.header(response, "Content-Type").orElse("");
        try {
            return parse(response.body(), contentType, request.uri());
        } catch (IllegalArgumentException | RiotException e) {
            throw SolidaireClientException.unreadable(request, response, e.getMessage(), e);
        }
    }

    /**
     * Parses Turtle or N-Triples.
     *
     * @throws IllegalArgumentException if the media type is another
     * @throws RiotException if the body is not valid RDF
     */
    static Graph parse(byte[] body, String contentType, URI base) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType(contentType));
        if (lang == null || !READABLE.contains(lang)) {
            throw new IllegalArgumentException("the body is '" + contentType + "', which this client does not read "
                    + "as RDF");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body == null ? new byte[0] : body)).lang(lang)
                .base(base.toString()).parse(graph);
        return graph;
    }

    /** A graph as Turtle. */
    static byte[] turtle(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toByteArray();
    }

    /** The media type of a {@code Content-Type} value, without parameters, in lower case. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
