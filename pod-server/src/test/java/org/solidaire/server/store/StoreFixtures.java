// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;

/** Binary content for the store's tests: staged through the store, and read back whole. */
public final class StoreFixtures {

    private StoreFixtures() {
    }

    /** Bytes staged in the store as an {@code application/octet-stream} resource's content. */
    public static Content.Binary binary(ResourceStore store, byte[] bytes) throws IOException {
        return new Content.Binary(store.stage(new ByteArrayInputStream(bytes), 1024), "application/octet-stream");
    }

    /** The whole content of a binary resource. */
    public static byte[] read(ResourceStore store, ResourcePath path) throws IOException {
        try (BinaryReader reader = store.openBinary(path).orElseThrow();
                InputStream in = Channels.newInputStream(reader.channel())) {
            return in.readAllBytes();
        }
    }
}
