// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's account: how they log in, and the pods and WebIDs they own.
 *
 * @param id an opaque identifier that never changes
 * @param email the login, lower-cased
 * @param passwordHash the Argon2id hash of the password, or null while none was set (a provisioned account)
 * @param created when the account was created
 * @param pods the names of the pods the account owns, in creation order
 * @param webIds the WebIDs the account may log in as, in creation order
 */
record Account(String id, String email, String passwordHash, Instant created, List<String> pods,
        List<String> webIds) {

    Account {
        requireNonNull(id, "id");
        requireNonNull(email, "email");
        requireNonNull(created, "created");
        pods = List.copyOf(pods);
        webIds = List.copyOf(webIds);
    }

    Account withPod(String pod, String webId) {
        List<String> morePods = new ArrayList<>(pods);
        morePods.add(pod);
        List<String> moreWebIds = new ArrayList<>(webIds);
        if (!moreWebIds.contains(webId)) {
            moreWebIds.add(webId);
        }
        return new Account(id, email, passwordHash, created, morePods, moreWebIds);
    }

    Account withPasswordHash(String hash) {
        return new Account(id, email, hash, created, pods, webIds);
    }
}
