// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

/** 401 Unauthorized: the request carried no valid credentials; logging in (again) may help. */
public final class UnauthorizedException extends SolidaireClientException {

    private static final long serialVersionUID = 1L;

    UnauthorizedException(HttpFailure failure) {
        super(failure, null);
    }
}
