// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access;

import java.util.Optional;

/** Who owns each pod: the owner always keeps Control of their pod, whatever its rules say. */
@FunctionalInterface
public interface PodOwners {

    /** No pod has a known owner. */
    PodOwners NONE = pod -> Optional.empty();

    /** The WebID of the pod's owner, if known. */
    Optional<String> ownerOf(String pod);
}
