// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.LinkedHashMap;
import java.util.Map;

import org.solidaire.server.store.ResourcePath;

/**
 * The containers that the writes of one batch changed by adding, changing or removing a member, each given its new
 * version once, when the batch ends, rather than once for each of its writes: a batch of sixty PUTs into one
 * container would otherwise read and rewrite the container's metadata sixty times, each time with a version no
 * reader ever sees, since reads see a batch whole.
 *
 * <p>A write of the batch that reads a container's metadata (a precondition on it, a write to it) first has the
 * pending change applied, so it sees every write before it, as it would if each write changed the container itself.
 */
final class ContainerTouches {

    /** For each container touched and not yet rewritten, the last write that touched it, which rewrites it. */
    private final Map<ResourcePath, WriteTransaction> pending = new LinkedHashMap<>();

    /** Notes that a write changed a member of the container. */
    void touch(ResourcePath container, WriteTransaction by) {
        pending.put(container, by);
    }

    /** Gives the container its new version now, if a write of the batch touched it since it last had one. */
    void settle(ResourcePath container) {
        WriteTransaction by = pending.remove(container);
        if (by != null) {
            by.rewriteContainer(container);
        }
    }

    /** Gives every touched container its new version, at the end of the batch. */
    void settleAll() {
        while (!pending.isEmpty()) {
            settle(pending.keySet().iterator().next());
        }
    }
}
