// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.solidaire.server.store.ResourcePath;

/**
 * The containers that the writes of one batch changed by adding, changing or removing a member, each given its new
 * version once, when the batch ends, rather than once for each of its writes: a batch of sixty PUTs into one
 * container would otherwise read and rewrite the container's metadata sixty times, each time with a version no
 * reader ever sees, since reads see a batch whole.
 *
 * <p>A container lists its members with their modification times, so a container that gets a new version changes
 * its own container too, up to the pod root: touching a container touches every container above it, and a
 * container gets its new version after those below it.
 *
 * <p>A write of the batch that reads a container's metadata (a precondition on it, a write to it) first has the
 * pending change applied, so it sees every write before it, as it would if each write changed the container itself.
 */
final class ContainerTouches {

    /** Deepest first, so that a container is rewritten after the containers it lists. */
    private static final Comparator<ResourcePath> DEEPEST_FIRST =
            Comparator.comparingInt((ResourcePath path) -> path.ancestors().size()).reversed();

    /** For each container touched and not yet rewritten, the last write that touched it, which rewrites it. */
    private final Map<ResourcePath, WriteTransaction> pending = new LinkedHashMap<>();

    /** Notes that a write changed a member of the container, and so one of each container above it. */
    void touch(ResourcePath container, WriteTransaction by) {
        pending.put(container, by);
        container.ancestors().forEach(above -> pending.put(above, by));
    }

    /**
     * Gives the container its new version now, if a write of the batch touched it since it last had one, after
     * the touched containers below it, which it lists.
     */
    void settle(ResourcePath container) {
        if (!pending.containsKey(container)) {
            return;
        }
        String prefix = container.toString();
        List<ResourcePath> below = pending.keySet().stream()
                .filter(path -> !path.equals(container) && path.toString().startsWith(prefix))
                .sorted(DEEPEST_FIRST).toList();
        below.forEach(this::rewrite);
        rewrite(container);
    }

    /** Gives every touched container its new version, at the end of the batch. */
    void settleAll() {
        List<ResourcePath> all = pending.keySet().stream().sorted(DEEPEST_FIRST).toList();
        all.forEach(this::rewrite);
    }

    private void rewrite(ResourcePath container) {
        WriteTransaction by = pending.remove(container);
        if (by != null) {
            by.rewriteContainer(container);
        }
    }
}
