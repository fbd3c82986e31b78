// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

/** 404 Not Found: there is no resource at the URI. */
public final class NotFoundException extends SolidaireClientException {

    private static final long serialVersionUID = 1L;

    NotFoundException(HttpFailure failure) {
        super(failure, null);
    }
}
