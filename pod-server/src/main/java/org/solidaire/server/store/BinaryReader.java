// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/** The bytes of a binary resource, open for reading as they were when opened, even if a write replaces them. */
public interface BinaryReader extends AutoCloseable {

    /** The resource as it was when opened. */
    ResourceInfo info();

    /** A channel over the bytes; the caller may position it for range requests. */
    SeekableByteChannel channel();

    @Override
    void close() throws IOException;
}
