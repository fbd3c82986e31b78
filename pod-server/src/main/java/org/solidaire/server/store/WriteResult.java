// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of a write.
 *
 * @param info the resource after the write
 * @param created whether the resource did not exist before
 */
public record WriteResult(ResourceInfo info, boolean created) {

    public WriteResult {
        requireNonNull(info, "info");
    }
}
