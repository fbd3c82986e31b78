// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationsTest {

    @ParameterizedTest(name = "{0} with loopback http allowed {1}: fetched as {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://alice.example/profile/card#me | false | https://alice.example/profile/card",
        "https://idp.example/jwks              | false | https://idp.example/jwks",
        "http://alice.example/profile/card#me  | false | -",
        "http://alice.example/profile/card#me  | true  | -",
        "http://localhost:3000/alice#me        | false | -",
        "http://localhost:3000/alice#me        | true  | http://localhost:3000/alice",
        "http://127.0.0.1:3000/idp             | true  | http://127.0.0.1:3000/idp",
        "http://[::1]:3000/idp                 | true  | http://[::1]:3000/idp",
        "http://127.example.org/idp            | true  | -",
        "ftp://alice.example/card              | true  | -",
        "urn:uuid:1234                         | true  | -",
        "/relative/card                        | true  | -"})
    void fetchesHttpsAndLoopbackHttpOnlyInDevelopment(String url, boolean allowLoopbackHttp, String expected) {
        assertEquals(Optional.ofNullable(expected).map(URI::create), Locations.fetchable(url, allowLoopbackHttp));
    }

    @Test
    void comparesIssuersWithoutOneTrailingSlash() {
        assertEquals(Locations.issuerKey("https://idp.example/"), Locations.issuerKey("https://idp.example"));
    }

    @Test
    void findsTheMetadataOfAnIssuerWithOrWithoutTrailingSlashAtTheSamePlace() {
        assertEquals("https://idp.example/.well-known/openid-configuration",
                Locations.discoveryUrl("https://idp.example/"));
        assertEquals("https://idp.example/realm/.well-known/openid-configuration",
                Locations.discoveryUrl("https://idp.example/realm"));
    }
}
