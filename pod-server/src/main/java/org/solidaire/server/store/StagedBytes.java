// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

/**
 * A binary body received in full and kept aside by the store, ready to become a resource's content in one step.
 * Closing it discards the bytes if they were not used.
 */
public interface StagedBytes extends AutoCloseable {

    /** The number of bytes staged. */
    long size();

    @Override
    void close();
}
