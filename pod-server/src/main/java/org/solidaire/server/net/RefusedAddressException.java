// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import java.io.IOException;

/** A host name that resolved to, or an IP literal that is, an address outbound fetches must not connect to. */
final class RefusedAddressException extends IOException {

    private static final long serialVersionUID = 1L;

    RefusedAddressException(String host, String address, String reason) {
        super("Refused to connect to " + host + ": address " + address + " is " + reason);
    }
}
