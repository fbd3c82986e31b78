// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.solidaire.client.PodServer;
import picocli.CommandLine;

/**
 * One run of the command-line tool in-process, as a user of the test server, with what it printed.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandRun(int exitCode, String out, String err) {

    /** Runs the tool as the user's app (client credentials), with the arguments. */
    static CommandRun as(PodServer server, String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--issuer", server.issuer().toString(), "--client-id", PodServer.clientId(user),
                "--client-secret", PodServer.clientSecret(user)));
        return run(all.toArray(String[]::new));
    }

    /** Runs the tool with exactly these arguments. */
    static CommandRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
