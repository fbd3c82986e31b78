// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.StagedBytes;

/** The files that hold binary content: staged first, then moved under the pod's folder with a fresh name. */
final class BinaryFiles {

    private static final Logger LOG = LoggerFactory.getLogger(BinaryFiles.class);
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final Path staging;

    private BinaryFiles(Path root, Path staging) {
        this.root = root;
        this.staging = staging;
    }

    static BinaryFiles open(Path root, Path staging) throws IOException {
        Files.createDirectories(root);
        Files.createDirectories(staging);
        // Staged bodies left by a crash were never referenced by a committed write.
        try (var leftovers = Files.list(staging)) {
            for (Path leftover : leftovers.toList()) {
                Files.deleteIfExists(leftover);
            }
        }
        return new BinaryFiles(root, staging);
    }

    Path path(ResourcePath resource, String file) {
        return root.resolve(resource.pod().orElseThrow()).resolve(file);
    }

    Staged stage(InputStream body, long maxBytes) throws IOException {
        Path file = staging.resolve(UUID.randomUUID().toString());
        long size = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw ProblemException.of(413, "Content Too Large",
                            "The body is larger than the limit of " + maxBytes + " bytes.").with("limit", maxBytes);
                }
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Staged(file, size);
    }

    /** Moves staged bytes to their final place under a fresh name, and returns that name. */
    String commit(ResourcePath resource, Staged staged) throws IOException {
        String name = UUID.randomUUID().toString();
        Path target = path(resource, name);
        Files.createDirectories(target.getParent());
        Files.move(staged.file, target, StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    void remove(ResourcePath resource, String file) {
        try {
            Files.deleteIfExists(path(resource, file));
        } catch (IOException e) {
            LOG.warn("Could not remove the replaced content file {} of {}", file, resource, e);
        }
    }

    /** A staged body: a file in the staging folder until it is committed or closed. */
    static final class Staged implements StagedBytes {

        private final Path file;
        private final long size;

        private Staged(Path file, long size) {
            this.file = file;
            this.size = size;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not remove the staged file {}", file, e);
            }
        }
    }
}
