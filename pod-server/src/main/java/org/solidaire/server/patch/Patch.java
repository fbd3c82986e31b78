// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import org.apache.jena.graph.Graph;

/**
 * A parsed PATCH body, ready to be authorized from what it does and then applied to the target resource's graph.
 *
 * <p>The three questions map onto access modes: a patch that {@link #reads() reads} needs Read, one that
 * {@link #inserts() inserts} needs Append (or Write), one that {@link #deletes() deletes} needs Write.
 *
 * @see <a href="https://solidproject.org/TR/2024/protocol-20240512#n3-patch">Solid Protocol 0.11 §5.3.1</a>
 */
public interface Patch {

    /**
     * Whether the patch has conditions or deletions, so applying it reveals the target's content (needs Read).
     *
     * @return true when a condition or a deletion is not empty
     */
    boolean reads();

    /**
     * Whether the patch inserts triples (needs Append or Write).
     *
     * @return true when an insertion is not empty
     */
    boolean inserts();

    /**
     * Whether the patch deletes triples (needs Write).
     *
     * @return true when a deletion is not empty
     */
    boolean deletes();

    /**
     * Applies the patch to the graph in place, or throws ProblemException (409) leaving the graph unchanged.
     *
     * <p>The caller owns any transaction around the graph; a missing resource is patched as an empty graph.
     *
     * @param target the current triples of the resource, changed in place
     * @throws org.solidaire.server.problem.ProblemException 409 Conflict when the patch's conditions or deletions
     *         do not match the graph
     */
    void applyTo(Graph target);
}
