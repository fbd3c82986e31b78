// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

/**
 * 412 Precondition Failed: a condition of the request ({@code If-Match}, {@code If-None-Match}) does not hold: the
 * resource changed, or exists, since the caller looked.
 */
public final class PreconditionFailedException extends SolidaireClientException {

    private static final long serialVersionUID = 1L;

    PreconditionFailedException(HttpFailure failure) {
        super(failure, null);
    }
}
