// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Which IP addresses an outbound fetch may connect to: public unicast addresses only, so that a URL chosen by a
 * client (a WebID, an issuer, a client identifier) cannot reach the server's own host, its network, or the cloud
 * metadata service at 169.254.169.254.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6890">RFC 6890 Special-Purpose IP Address Registries</a>
 */
final class AddressRules {

    /** An IPv4 block: the network as a 32-bit number and its prefix length. */
    private record Ipv4Block(int network, int prefixLength, String name) {

        boolean contains(int address) {
            int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
            return (address & mask) == (network & mask);
        }
    }

    private static final String LOOPBACK = "loopback";

    private static final List<Ipv4Block> REFUSED_IPV4 = List.of(
            new Ipv4Block(ipv4(127, 0, 0, 0), 8, LOOPBACK),
            new Ipv4Block(ipv4(0, 0, 0, 0), 8, "any-local or \"this network\" (0.0.0.0/8)"),
            new Ipv4Block(ipv4(10, 0, 0, 0), 8, "private (10.0.0.0/8)"),
            new Ipv4Block(ipv4(172, 16, 0, 0), 12, "private (172.16.0.0/12)"),
            new Ipv4Block(ipv4(192, 168, 0, 0), 16, "private (192.168.0.0/16)"),
            new Ipv4Block(ipv4(169, 254, 0, 0), 16, "link-local (169.254.0.0/16)"),
            new Ipv4Block(ipv4(100, 64, 0, 0), 10, "shared carrier-grade NAT (100.64.0.0/10)"),
            new Ipv4Block(ipv4(224, 0, 0, 0), 4, "multicast (224.0.0.0/4)"),
            new Ipv4Block(ipv4(240, 0, 0, 0), 4, "reserved or broadcast (240.0.0.0/4)"));

    private AddressRules() {
    }

    /**
     * Why a connection to the address is refused, or empty when it is allowed.
     *
     * @param address a resolved address
     * @param allowLoopback whether loopback addresses are allowed
     * @return the kind of address that is refused, such as {@code private (10.0.0.0/8)}
     */
    static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        Optional<String> reason = address instanceof Inet6Address v6 ? refusal(v6) : refusal(toInt(address));
        if (allowLoopback && reason.filter(LOOPBACK::equals).isPresent()) {
            return Optional.empty();
        }
        return reason;
    }

    private static Optional<String> refusal(int ipv4) {
        return REFUSED_IPV4.stream().filter(block -> block.contains(ipv4)).map(Ipv4Block::name).findFirst();
    }

    private static Optional<String> refusal(Inet6Address address) {
        byte[] bytes = address.getAddress();
        if (address.isLoopbackAddress()) {
            return Optional.of(LOOPBACK);
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("any-local (::)");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local (fe80::/10)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("site-local (fec0::/10)");
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local (fc00::/7)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast (ff00::/8)");
        }
        return embeddedIpv4(bytes).flatMap(AddressRules::refusal).map(reason -> "IPv4-embedding, " + reason);
    }

    /**
     * The IPv4 address inside an IPv6 address that stands for one: IPv4-mapped {@code ::ffff:0:0/96} and
     * IPv4-compatible {@code ::/96} (RFC 4291 §2.5.5), NAT64 {@code 64:ff9b::/96} (RFC 6052) and 6to4
     * {@code 2002::/16} (RFC 3056). The JDK turns most mapped literals into {@link Inet4Address} already; an
     * address built from raw bytes may still arrive in the IPv6 form.
     */
    private static Optional<Integer> embeddedIpv4(byte[] bytes) {
        if (allZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return Optional.of(toInt(bytes, 12));
        }
        if (allZero(bytes, 0, 12)) {
            return Optional.of(toInt(bytes, 12));
        }
        if (bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
                && allZero(bytes, 4, 12)) {
            return Optional.of(toInt(bytes, 12));
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            return Optional.of(toInt(bytes, 2));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int toInt(InetAddress address) {
        return toInt(address.getAddress(), 0);
    }

    private static int toInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16 | (bytes[offset + 2] & 0xff) << 8
                | bytes[offset + 3] & 0xff;
    }

    private static int ipv4(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }
}
