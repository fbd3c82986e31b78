// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConsoleLoggingTest {

    @AfterEach
    void clearLevel() {
        System.clearProperty(ConsoleLogging.LEVEL_PROPERTY);
    }

    @Test
    void isTheConfigurationLogbackUses() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        assertNotNull(root.getAppender("CONSOLE"), "the console appender of ConsoleLogging");
    }

    @Test
    void logsLifecycleAtInfoAndLibrariesAtWarn() {
        LoggerContext context = configured();
        assertAll(
                () -> assertEquals(Level.INFO, context.getLogger("org.solidaire").getLevel()),
                () -> assertEquals(Level.WARN, context.getLogger("org.eclipse.jetty").getLevel()),
                () -> assertEquals(Level.WARN, context.getLogger("org.apache.jena").getLevel()),
                () -> assertEquals(Level.INFO, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()),
                () -> assertNotNull(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")));
    }

    @Test
    void takesTheServerLevelFromTheSystemProperty() {
        System.setProperty(ConsoleLogging.LEVEL_PROPERTY, "DEBUG");
        assertEquals(Level.DEBUG, configured().getLogger("org.solidaire").getLevel());
    }

    private static LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);
        assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, logging.configure(context));
        return context;
    }
}
