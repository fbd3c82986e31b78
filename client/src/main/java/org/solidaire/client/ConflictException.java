// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

/** 409 Conflict: the request conflicts with the resource's state, such as deleting a container that is not empty. */
public final class ConflictException extends SolidaireClientException {

    private static final long serialVersionUID = 1L;

    ConflictException(HttpFailure failure) {
        super(failure, null);
    }
}
