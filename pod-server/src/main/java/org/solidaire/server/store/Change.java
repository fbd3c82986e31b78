// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static java.util.Objects.requireNonNull;

/**
 * One committed change of a resource. Every write produces one per resource it touched (the resource, and the
 * containers whose listing changed), after it is durable; caches, notifications and the access log feed on them.
 *
 * @param path the resource that changed
 * @param type what happened to it
 */
public record Change(ResourcePath path, Type type) {

    /** What happened to a resource. */
    public enum Type {
        CREATED, UPDATED, DELETED
    }

    public Change {
        requireNonNull(path, "path");
        requireNonNull(type, "type");
    }
}
