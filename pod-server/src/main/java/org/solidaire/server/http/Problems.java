// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.ContentNegotiation;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;

/**
 * Writes every error response: the status, the headers the problem requires, and an RFC 9457 problem-details body.
 * This is the only place where a problem becomes a response.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static void send(Exchange exchange, ProblemException problem) {
        LOG.debug("{} {} answered {}: {}", exchange.method(), exchange.path(), problem.status(), problem.detail(),
                problem.getCause());
        problem.headers().forEach(exchange::setHeader);
        String accept = exchange.header(Headers.ACCEPT);
        if (problem.rdf().isPresent() && ContentNegotiation.prefersRdfOver(accept, Headers.PROBLEM_JSON)) {
            RdfFormat format = ContentNegotiation.chooseRdf(accept).orElse(RdfFormat.TURTLE);
            exchange.send(problem.status(), format.mediaType(), RdfCodec.toBytes(problem.rdf().get(), format));
            return;
        }
        exchange.send(problem.status(), Headers.PROBLEM_JSON, problem.toJson(exchange.iri()));
    }

    /** Answers 500 for a failure that is the server's own; the client learns nothing of its internals. */
    static void sendInternalError(Exchange exchange, Throwable failure) {
        LOG.error("{} {} failed", exchange.method(), exchange.path(), failure);
        send(exchange, ProblemException.of(500, "Internal Server Error",
                "The server failed to process the request; the failure is in its log."));
    }
}
