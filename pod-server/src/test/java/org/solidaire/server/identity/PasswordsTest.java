// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PasswordsTest {

    private final Passwords passwords = new Passwords();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void watchLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        root().detachAppender(log);
    }

    @Test
    void theDecoyHasTheParametersOfEveryHash() {
        String hash = passwords.hash("correct horse battery staple");

        assertTrue(hash.startsWith(Passwords.PARAMETERS), hash);
    }

    @Test
    void aCheckAgainstTheDecoyIsAWholeCheckThatMatchesNothing() {
        String hash = passwords.hash("correct horse battery staple");

        assertAll(
                () -> assertTrue(passwords.matches("correct horse battery staple", hash)),
                () -> assertFalse(passwords.matches("correct horse battery staple", null)),
                () -> assertFalse(passwords.matches("", null)),
                () -> passwords.spendCheck("anything"),
                () -> passwords.spendCheck(null));
        // The encoder refuses a malformed hash at once, with a warning, instead of spending the time of a check.
        assertEquals(0, log.list.size(), log.list.toString());
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
