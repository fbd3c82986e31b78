// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestTargetsTest {

    @ParameterizedTest(name = "{0} compares as {1}")
    @CsvSource(delimiter = '|', value = {
        "https://pod.example/a/b                  | https://pod.example/a/b",
        "HTTPS://POD.Example/a/b                  | https://pod.example/a/b",
        "https://pod.example:443/a/b              | https://pod.example/a/b",
        "http://pod.example:80/a                  | http://pod.example/a",
        "https://pod.example:8443/a               | https://pod.example:8443/a",
        "http://pod.example:443/a                 | http://pod.example:443/a",
        "https://pod.example                      | https://pod.example/",
        "https://pod.example/a/b?x=1#frag         | https://pod.example/a/b",
        "https://pod.example/a/./c/../b           | https://pod.example/a/b",
        "https://pod.example/%7ebob/%2fx%2F       | https://pod.example/~bob/%2Fx%2F",
        "https://pod.example/%41%42%e2%82%ac      | https://pod.example/AB%E2%82%AC",
        "https://pod.example/A/B                  | https://pod.example/A/B",
        "http://[::1]:3000/a                      | http://[::1]:3000/a"})
    void normalisesSchemeHostPortPathAndPercentEncodingAndDropsQueryAndFragment(String url, String comparable) {
        assertEquals(Optional.of(comparable), RequestTargets.comparable(url));
    }

    @ParameterizedTest(name = "{0} is not a request target")
    @CsvSource({"ftp://pod.example/a", "/a/b", "urn:example:a", "https:///a", "not a url", "mailto:a@pod.example"})
    void refusesValuesThatAreNotAbsoluteHttpUrls(String url) {
        assertEquals(Optional.empty(), RequestTargets.comparable(url));
    }
}
