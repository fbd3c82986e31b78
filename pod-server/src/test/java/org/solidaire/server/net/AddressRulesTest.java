// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddressRulesTest {

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("127.0.0.1", false, true),
                Arguments.of("127.0.0.1", true, false),
                Arguments.of("127.255.255.254", true, false),
                Arguments.of("::1", false, true),
                Arguments.of("::1", true, false),
                Arguments.of("10.0.0.1", true, true),
                Arguments.of("172.16.0.1", true, true),
                Arguments.of("172.31.255.255", true, true),
                Arguments.of("172.32.0.1", false, false),
                Arguments.of("192.168.1.1", true, true),
                Arguments.of("169.254.169.254", true, true),
                Arguments.of("100.64.0.1", true, true),
                Arguments.of("100.127.255.255", true, true),
                Arguments.of("100.128.0.1", false, false),
                Arguments.of("0.0.0.0", true, true),
                Arguments.of("239.255.255.250", true, true),
                Arguments.of("255.255.255.255", true, true),
                Arguments.of("8.8.8.8", false, false),
                Arguments.of("93.184.216.34", false, false),
                Arguments.of("::", true, true),
                Arguments.of("fe80::1", true, true),
                Arguments.of("febf::1", true, true),
                Arguments.of("fec0::1", true, true),
                Arguments.of("fc00::1", true, true),
                Arguments.of("fdff::1", true, true),
                Arguments.of("ff02::1", true, true),
                Arguments.of("::ffff:127.0.0.1", false, true),
                Arguments.of("::ffff:10.0.0.1", true, true),
                Arguments.of("2001:4860:4860::8888", false, false),
                Arguments.of("2606:4700::1111", false, false));
    }

    @ParameterizedTest(name = "{0} with loopback allowed {1}: refused {2}")
    @MethodSource("addresses")
    void refusesInternalAddressesAndAllowsPublicOnes(String literal, boolean allowLoopback, boolean refused)
            throws UnknownHostException {
        InetAddress address = InetAddress.getByName(literal);

        assertEquals(refused, AddressRules.refusal(address, allowLoopback).isPresent());
    }

    static Stream<Arguments> ipv6FormsOfIpv4() {
        return Stream.of(
                Arguments.of("00000000000000000000ffff7f000001", "loopback"),
                Arguments.of("00000000000000000000ffff0a000001", "private (10.0.0.0/8)"),
                Arguments.of("00000000000000000000ffffa9fea9fe", "link-local (169.254.0.0/16)"),
                Arguments.of("000000000000000000000000c0a80101", "private (192.168.0.0/16)"),
                Arguments.of("0064ff9b0000000000000000a9fea9fe", "link-local (169.254.0.0/16)"),
                Arguments.of("20020a00000100000000000000000000", "private (10.0.0.0/8)"));
    }

    @ParameterizedTest(name = "{0} embeds an address that is {1}")
    @MethodSource("ipv6FormsOfIpv4")
    void refusesIpv6AddressesThatEmbedARefusedIpv4Address(String hex, String reason) throws UnknownHostException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        InetAddress address = Inet6Address.getByAddress(null, bytes, null);

        assertEquals("IPv4-embedding, " + reason, AddressRules.refusal(address, true).orElse("allowed"));
    }
}
