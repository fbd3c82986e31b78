// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

/**
 * An outbound fetch that was refused or failed; the message says which URL and why (refused address, timeout,
 * body over the limit, status, I/O error), and never carries the body.
 */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A fetch refused or failed for the reason the message gives. */
    public FetchException(String message) {
        super(message);
    }

    /** A fetch that failed because of the cause. */
    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
