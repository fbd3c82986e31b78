// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The server's logging: lifecycle at INFO on the console, this server's loggers at the level of the system
 * property {@code solidaire.log.level}, Jetty and Jena at WARN.
 *
 * <p>Logback finds this configurator through the service loader and runs it instead of reading an XML file:
 * parsing XML and building Logback's configuration model cost about a third of a second of every start-up. A
 * file named by {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} or {@code logback.xml} on the
 * class path, still takes precedence.
 *
 * @see <a href="https://logback.qos.ch/manual/configuration.html">Logback configuration</a>
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    /** The system property that sets the level of this server's own loggers. */
    public static final String LEVEL_PROPERTY = "solidaire.log.level";

    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (configuredElsewhere()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();

        context.getLogger("org.solidaire").setLevel(Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.INFO));
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("org.apache.jena").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static boolean configuredElsewhere() {
        ClassLoader loader = ConsoleLogging.class.getClassLoader();
        return System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null;
    }
}
