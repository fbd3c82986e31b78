// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * SHA-256 digests of server-drawn random secrets (refresh tokens, registered clients' secrets): with 256 random
 * bits a fast digest is as safe to store as a slow hash, and keeps the token endpoint cheap.
 */
final class Digests {

    private Digests() {
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The digest in base64url, for storing. */
    static String sha256Text(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(value));
    }

    /** Whether a secret has a stored digest, compared in constant time. */
    static boolean matches(String secret, String storedDigest) {
        if (secret == null || storedDigest == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256Text(secret).getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
