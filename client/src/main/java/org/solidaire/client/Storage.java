// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A storage, the root of a pod, as its server described it (Solid Protocol §4.1).
 *
 * @param root the storage's root container, ending with {@code /}
 * @param answeredAt when the server described it, by the server's own clock (its {@code Date} header), to compare
 *     with the times it gives later, such as a document's {@code Last-Modified}; empty when it did not say
 * @see <a href="https://solidproject.org/TR/protocol#storage-resource">Solid Protocol §4.1 Storage</a>
 */
public record Storage(URI root, Optional<Instant> answeredAt) {

    /** Checks the components. */
    public Storage {
        requireNonNull(root, "root");
        requireNonNull(answeredAt, "answeredAt");
    }
}
