// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerKeysTest {

    @TempDir
    private Path dir;

    @Test
    void rotationKeepsTheOldKeysPublishedUntilTheirTokensExpire() throws Exception {
        IssuerKeys keys = IssuerKeys.open(dir.resolve("keys.json"), Duration.ofHours(1));
        String old = SignedJWT.parse(keys.sign(new JWTClaimsSet.Builder().subject("s").build(), JWSAlgorithm.ES256,
                TokenFactory.ACCESS_TOKEN_TYPE)).getHeader().getKeyID();

        keys.rotate(Instant.now());
        String current = SignedJWT.parse(keys.sign(new JWTClaimsSet.Builder().subject("s").build(),
                JWSAlgorithm.ES256, TokenFactory.ACCESS_TOKEN_TYPE)).getHeader().getKeyID();

        assertEquals(4, keys.publicKeys().size());
        assertNotNull(keys.publicKeys().getKeyByKeyId(old));
        assertNotEquals(old, current);
        keys.rotate(Instant.now().plus(Duration.ofHours(2)));
        assertNull(keys.publicKeys().getKeyByKeyId(old), "expired keys leave the set");
        assertEquals(4, keys.publicKeys().size());
    }

    @Test
    void keysSurviveARestartAndStayPrivateToTheOwner() throws Exception {
        Path file = dir.resolve("keys.json");
        String published = IssuerKeys.open(file, Duration.ofHours(1)).publicKeys().toString();

        IssuerKeys reopened = IssuerKeys.open(file, Duration.ofHours(1));

        assertEquals(published, reopened.publicKeys().toString());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertNull(reopened.publicKeys().getKeys().get(0).getExpirationTime());
        reopened.rotateIfDue(Instant.now(), Duration.ofDays(30));
        assertEquals(2, reopened.publicKeys().size(), "not due yet");
        reopened.rotateIfDue(Instant.now().plus(Duration.ofDays(31)), Duration.ofDays(30));
        assertEquals(4, reopened.publicKeys().size());
        assertTrue(reopened.currentSince().isAfter(new Date().toInstant().plus(Duration.ofDays(30))));
    }
}
