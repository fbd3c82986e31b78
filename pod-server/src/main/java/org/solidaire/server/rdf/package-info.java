// SPDX-License-Identifier: Apache-2.0
/**
 * RDF in and out of the LDP layer: the formats ({@link org.solidaire.server.rdf.RdfFormat}), the choice of one
 * by the {@code Accept} header ({@link org.solidaire.server.rdf.ContentNegotiation}), and parsing and writing
 * with Jena RIOT ({@link org.solidaire.server.rdf.RdfCodec}), hardened against hostile bodies.
 *
 * <pre>{@code
 * RdfFormat format = ContentNegotiation.chooseRdf(request.getHeader("Accept"))
 *         .orElseThrow(() -> ProblemException.of(406, "Not Acceptable", "Turtle and JSON-LD are offered"));
 * byte[] body = RdfCodec.toBytes(graph, format);
 * }</pre>
 *
 * @see <a href="https://solidproject.org/TR/protocol#resource-representations">Solid Protocol, Resource
 *     Representations</a>
 */
package org.solidaire.server.rdf;
