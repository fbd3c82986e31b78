// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import java.time.Duration;

/**
 * What a compaction of the store did.
 *
 * @param location where the compacted database now is
 * @param took how long it took, writes waiting meanwhile
 */
public record Compaction(String location, Duration took) {
}
