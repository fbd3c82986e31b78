// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import java.util.Optional;

/**
 * A check of the current state of a resource, run by the store inside the write that depends on it, so that
 * two writers racing on the same precondition cannot both succeed.
 */
@FunctionalInterface
public interface Precondition {

    /** No condition. */
    Precondition NONE = current -> { };

    /**
     * Throws when the write must not happen.
     *
     * @param current the resource as it is now, or empty when it does not exist
     * @throws org.solidaire.server.problem.ProblemException with the status to answer, such as 412 or 409
     */
    void check(Optional<ResourceInfo> current);

    /** This condition, then the other. */
    default Precondition and(Precondition other) {
        return current -> {
            check(current);
            other.check(current);
        };
    }
}
