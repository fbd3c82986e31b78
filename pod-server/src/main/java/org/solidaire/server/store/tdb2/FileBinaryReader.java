// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

import org.solidaire.server.store.BinaryReader;
import org.solidaire.server.store.ResourceInfo;

/** A binary's content file, open for reading. */
final class FileBinaryReader implements BinaryReader {

    private final ResourceInfo info;
    private final FileChannel channel;

    FileBinaryReader(ResourceInfo info, FileChannel channel) {
        this.info = info;
        this.channel = channel;
    }

    @Override
    public ResourceInfo info() {
        return info;
    }

    @Override
    public SeekableByteChannel channel() {
        return channel;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
