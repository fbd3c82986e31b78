// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.solidaire.server.problem.ProblemException;

/** Hashes and checks passwords and client secrets with Argon2id, and draws random secrets and identifiers. */
final class Passwords {

    /** NIST SP 800-63B §5.1.1.2: at least 8 characters; a length cap keeps hashing cheap to refuse. */
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 256;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /**
     * Checked against when no account matches, so that an unknown login takes as long as a wrong password. Hashing
     * it costs as much as a login, so it is made on another thread while the server starts, and the first check
     * that needs it waits for it.
     */
    private final CompletableFuture<String> decoy = CompletableFuture.supplyAsync(() -> encoder.encode(random(16)));

    String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether a password matches a hash; a null hash (no password set) matches nothing, in the same time. */
    boolean matches(String password, String hash) {
        if (password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        if (hash == null) {
            encoder.matches(password, decoy.join());
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Spends the time of a check, for a login that matched no account. */
    void spendCheck(String password) {
        encoder.matches(password == null ? "" : password, decoy.join());
    }

    /**
     * Refuses a password that is too short or too long.
     *
     * @param field the form field it came from, named in the problem
     */
    static void checkStrength(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ProblemException.badRequest("The password must have at least " + MIN_LENGTH + " characters.")
                    .with("field", field).with("code", "password.short");
        }
        if (password.length() > MAX_LENGTH) {
            throw ProblemException.badRequest("The password must have at most " + MAX_LENGTH + " characters.")
                    .with("field", field).with("code", "password.long");
        }
    }

    /** A random URL-safe string carrying the given number of random bytes. */
    static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
