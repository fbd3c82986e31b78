// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;

import org.apache.commons.csv.CSVException;
import org.solidaire.client.SolidaireClientException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;

/**
 * The {@code solidaire-client} command line. Exit codes: {@value #OK} success, {@value #FAILED} the operation
 * failed (a pod refused a request or did not answer, the issuer refused the credentials, a file could not be read,
 * there was nothing to revoke), {@value #USAGE} a usage error,
 * {@value #REFUSED} the input was refused (bad rows), and nothing was written, {@value #CORRECTION_NEEDED} the only
 * documents refused hold readings already returned with other values, which an identity with Append only cannot
 * correct.
 */
@Command(name = "solidaire-client", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Imports a city's data into citizens' pods, shares pod containers and queries pods.",
        subcommands = {ImportCommand.class, GrantCommand.class, RevokeCommand.class, QueryCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the operation failed (a pod or the issuer refused or did not answer, a file "
                        + "unreadable, nothing to revoke)",
                        "2:usage error", "3:the input was refused (bad rows); nothing was written",
                        "4:readings already returned hold other values, which this identity cannot correct"})
public final class Main {

    /** Everything went well. */
    public static final int OK = 0;
    /** A request failed, a file could not be read or there was nothing to revoke. */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The input had problems, and nothing was written. */
    public static final int REFUSED = 3;
    /** Readings already returned hold other values, which an identity with Append only cannot correct. */
    public static final int CORRECTION_NEEDED = 4;

    /** The logging configuration of the tool: warnings only, on standard error. */
    private static final String LOG_CONFIGURATION = "org/solidaire/client/cli/logback-cli.xml";

    private Main() {
    }

    /**
     * The command line, ready to execute, with the tool's exit codes for failures.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(Main.class);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(Main::failed);
        return commandLine;
    }

    /** Runs the tool with the command-line arguments and exits with its exit code. */
    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOG_CONFIGURATION);
        }
        System.exit(commandLine().execute(args));
    }

    /** Reports an exception a command let through, on standard error, and chooses the exit code. */
    private static int failed(Exception e, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof SolidaireClientException refused) {
            err.println("error: " + Console.describe(refused));
            return FAILED;
        }
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof CSVException || cause instanceof CharacterCodingException) {
            // The input itself is malformed (quoting, encoding): it is refused, as a file with bad rows is.
            err.println("error: the input is not well-formed CSV in UTF-8: " + cause.getMessage());
            return REFUSED;
        }
        if (e instanceof NoSuchFileException missing) {
            err.println("error: no such file: " + missing.getFile());
            return FAILED;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("error: " + e.getMessage());
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        }
        err.println("error: " + e);
        e.printStackTrace(err);
        return FAILED;
    }

    /** The tool's version, from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"solidaire-client " + (version == null ? "(development build)" : version)};
        }
    }
}
