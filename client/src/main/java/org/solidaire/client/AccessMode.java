// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.ACL;

/**
 * The access modes of Web Access Control. Write includes Append; Control is the right to read and change the
 * rules themselves.
 *
 * @see <a href="https://solidproject.org/TR/wac#access-modes">WAC §Access Modes</a>
 */
public enum AccessMode {

    /** Read a resource: GET, HEAD, and queries over it. */
    READ(ACL.Read),
    /** Add to a resource without reading or removing anything: POST, insert-only PATCH. */
    APPEND(ACL.Append),
    /** Create, replace, change or delete a resource. */
    WRITE(ACL.Write),
    /** Read and change the access rules of a resource. */
    CONTROL(ACL.Control);

    private final Node term;

    AccessMode(Node term) {
        this.term = term;
    }

    /** The mode's IRI, such as {@code acl:Read}. */
    public Node term() {
        return term;
    }

    /** The mode an IRI names, if it is one of the four. */
    static Optional<AccessMode> of(Node term) {
        for (AccessMode mode : values()) {
            if (mode.term.equals(term)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
