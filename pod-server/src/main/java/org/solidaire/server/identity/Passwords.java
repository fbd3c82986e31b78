// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.solidaire.server.problem.ProblemException;

/** Hashes and checks passwords and client secrets with Argon2id, and draws random secrets and identifiers. */
final class Passwords {

    /** NIST SP 800-63B §5.1.1.2: at least 8 characters; a length cap keeps hashing cheap to refuse. */
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 256;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The Argon2id parameters of {@link #encoder}, as its hashes begin: 16 MiB of memory, 2 passes, 1 lane. A
     * check costs what they say, whatever the salt and digest.
     */
    static final String PARAMETERS = "$argon2id$v=19$m=16384,t=2,p=1$";

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /**
     * Checked against when no account matches, so that an unknown login takes as long as a wrong password: a hash
     * with the encoder's parameters and a random salt and digest, which no password matches. Hashing a random
     * password instead would cost a login's time at every start for the same result.
     */
    private final String decoy = PARAMETERS + unpadded(16) + "$" + unpadded(32);

    String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether a password matches a hash; a null hash (no password set) matches nothing, in the same time. */
    boolean matches(String password, String hash) {
        if (password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        if (hash == null) {
            encoder.matches(password, decoy);
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Spends the time of a check, for a login that matched no account. */
    void spendCheck(String password) {
        encoder.matches(password == null ? "" : password, decoy);
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

    /** Random bytes in the unpadded standard Base64 of Argon2's encoded hashes. */
    private static String unpadded(int bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    /** A random URL-safe string carrying the given number of random bytes. */
    static String random(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int count) {
        byte[] value = new byte[count];
        RANDOM.nextBytes(value);
        return value;
    }
}
