// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import java.time.Duration;

/**
 * What a compaction of the store did.
 *
 * @param location where the compacted database now is
 * @param bytesFreed the space the file system gained, as it reports its usable space: about what the old database
 *     took beyond the new one
 * @param took how long it took, writes waiting meanwhile
 */
public record Compaction(String location, long bytesFreed, Duration took) {
}
