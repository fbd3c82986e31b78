// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A part of the server that opens on a thread of its own while the caller starts the rest.
 *
 * <p>The caller ends with {@link #await()}, which rethrows what stopped the part from opening, or, when the start
 * fails elsewhere, with {@link #abandon()}, which closes the part once it has opened; so a failing part stops the
 * start, and no part stays open after a failed one.
 *
 * @param <T> the part
 */
final class OpeningPart<T extends AutoCloseable> {

    private static final Logger LOG = LoggerFactory.getLogger(OpeningPart.class);

    private final String name;
    private final CompletableFuture<T> opened = new CompletableFuture<>();

    private OpeningPart(String name) {
        this.name = name;
    }

    /** Starts opening a part on a new daemon thread named after it. */
    static <T extends AutoCloseable> OpeningPart<T> begin(String name, Callable<T> opener) {
        OpeningPart<T> part = new OpeningPart<>(name);
        Thread thread = new Thread(() -> part.open(opener), "solidaire-open-" + name);
        thread.setDaemon(true);
        thread.start();
        return part;
    }

    private void open(Callable<T> opener) {
        try {
            opened.complete(opener.call());
        } catch (Exception | Error e) {
            // An error too must reach the waiting thread, or it would wait forever.
            opened.completeExceptionally(e);
        }
    }

    /** Waits until the part has opened, and returns it; rethrows what stopped it, wrapped when checked. */
    T await() throws IOException {
        try {
            return opened.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("The " + name + " could not open: " + cause.getMessage(), cause);
        }
    }

    /** Waits until the part has opened or failed, and closes it if it opened. */
    void abandon() {
        T part;
        try {
            part = opened.join();
        } catch (CompletionException e) {
            return;
        }
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("The {} did not close cleanly", name, e);
        }
    }
}
