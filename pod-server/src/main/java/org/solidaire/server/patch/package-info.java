// SPDX-License-Identifier: Apache-2.0
/**
 * PATCH bodies for RDF resources: N3 Patch, which every Solid server must accept, and SPARQL Update.
 *
 * <p>{@link org.solidaire.server.patch.Patches#parse Patches.parse} reads a body into a
 * {@link org.solidaire.server.patch.Patch}, whose {@code reads()}, {@code inserts()} and {@code deletes()} tell the
 * access modes to check before {@code applyTo} changes the resource's graph:
 *
 * <pre>{@code
 * Patch patch = Patches.parse("text/n3", body, "https://pod.example/notes/shopping");
 * // check Read, Append and Write from patch.reads(), patch.inserts(), patch.deletes()
 * patch.applyTo(graph);
 * }</pre>
 *
 * <p>Every failure is a {@link org.solidaire.server.problem.ProblemException}: 415 for another media type, 400 for a
 * syntax error (with the {@code line} and {@code column} the parser reports), 422 for a well-formed body that breaks
 * the constraints of Solid Protocol §5.3.1 or reaches beyond the target resource, and 409 when the conditions or
 * deletions of an N3 Patch do not match the resource. A failed patch leaves the graph unchanged.
 *
 * @see <a href="https://solidproject.org/TR/2024/protocol-20240512#n3-patch">Solid Protocol 0.11 §5.3.1</a>
 */
package org.solidaire.server.patch;
