// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a file or a directory with everything in it. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Removes a file, or a directory and what it holds, deepest first; a symbolic link is removed, not followed.
     * Nothing happens when there is nothing at the path.
     *
     * @param root the file or directory
     * @throws IOException when something in it cannot be read or removed
     */
    public static void remove(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
