// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

/** 403 Forbidden: the authenticated agent lacks the access mode the request needs. */
public final class ForbiddenException extends SolidaireClientException {

    private static final long serialVersionUID = 1L;

    ForbiddenException(HttpFailure failure) {
        super(failure, null);
    }
}
