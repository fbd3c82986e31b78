// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Resolves host names for the HTTP client and fails the resolution when any resulting address is refused by
 * {@link AddressRules}.
 *
 * <p>The client connects only to the addresses this resolver hands back, so the addresses checked are exactly the
 * addresses connected to: a DNS answer that changes between a check and the connection (DNS rebinding) cannot
 * slip an internal address through. One refused address refuses the whole name, since a name that also points
 * inside the network is not one a public profile or issuer uses.
 */
final class GuardedResolver implements SocketAddressResolver {

    private final SocketAddressResolver dns;
    private final boolean allowLoopback;

    GuardedResolver(SocketAddressResolver dns, boolean allowLoopback) {
        this.dns = requireNonNull(dns, "dns");
        this.allowLoopback = allowLoopback;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        dns.resolve(host, port, context, Promise.from(addresses -> check(host, addresses, promise), promise::failed));
    }

    private void check(String host, List<InetSocketAddress> addresses, Promise<List<InetSocketAddress>> promise) {
        for (InetSocketAddress address : addresses) {
            Optional<String> refusal = AddressRules.refusal(address.getAddress(), allowLoopback);
            if (refusal.isPresent()) {
                promise.failed(new RefusedAddressException(host, address.getAddress().getHostAddress(),
                        refusal.get()));
                return;
            }
        }
        promise.succeeded(addresses);
    }
}
