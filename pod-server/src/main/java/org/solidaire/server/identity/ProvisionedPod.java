// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

/**
 * A pod as provisioning left it.
 *
 * @param pod the pod name
 * @param webId the owner's WebID, such as {@code https://pods.example/alice/profile/card#me}
 * @param storage the IRI of the pod's root container
 * @param email the owning account's login
 * @param created whether this provisioning created the pod (false when it existed already)
 */
public record ProvisionedPod(String pod, String webId, String storage, String email, boolean created) {

    public ProvisionedPod {
        requireNonNull(pod, "pod");
        requireNonNull(webId, "webId");
        requireNonNull(storage, "storage");
        requireNonNull(email, "email");
    }
}
