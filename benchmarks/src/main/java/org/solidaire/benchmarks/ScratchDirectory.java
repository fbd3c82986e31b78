// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory for one benchmark's stores, under {@code java.io.tmpdir}, removed with everything in it at the end.
 *
 * <p>Durable writes are only measured when that directory is on a disk: on a tmpfs a sync costs nothing, so run
 * with {@code -jvmArgsAppend -Djava.io.tmpdir=/var/tmp} (or any disk-backed directory) where {@code /tmp} is one.
 */
final class ScratchDirectory implements AutoCloseable {

    private final Path root;

    private ScratchDirectory(Path root) {
        this.root = root;
    }

    /** A new empty directory whose name starts with the prefix. */
    static ScratchDirectory create(String prefix) {
        try {
            return new ScratchDirectory(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path inside the directory, not yet created. */
    Path resolve(String name) {
        return root.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + root, e);
        }
    }
}
