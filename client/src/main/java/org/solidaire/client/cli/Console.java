// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import org.solidaire.client.ProblemDetails;
import org.solidaire.client.SolidaireClientException;
import org.solidaire.client.UnprocessableContentException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command writes: results on standard output, problems, warnings, progress and the summary on standard
 * error; the summary and progress not at all when quiet.
 */
final class Console {

    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private long lastProgress;

    Console(CommandSpec spec, boolean quiet) {
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
        this.quiet = quiet;
        this.terminal = System.console() != null;
    }

    PrintWriter out() {
        return out;
    }

    /** A problem or a warning, always shown. */
    void problem(String line) {
        err.println(line);
    }

    /** The closing summary of a command, unless quiet. */
    void summary(String line) {
        if (!quiet) {
            err.println(line);
        }
        err.flush();
        out.flush();
    }

    /** A progress bar on standard error, when it is a terminal and the command is not quiet; at most 5 a second. */
    synchronized void progress(String what, long done, long total) {
        long now = System.nanoTime();
        if (quiet || !terminal || total == 0 || (done < total && now - lastProgress < PROGRESS_INTERVAL_NANOS)) {
            return;
        }
        lastProgress = now;
        int filled = (int) (BAR_WIDTH * done / total);
        err.print("\r" + what + " [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total
                + (done == total ? "\n" : ""));
        err.flush();
    }

    /** A count and what it counts, in the plural unless one: {@code 1 row}, {@code 0 rows}, {@code 2 rows}. */
    static String count(long count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }

    /** A duration as seconds with one decimal, such as {@code 12.3 s}. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** The most violations of a shape listed under a refusal; the rest are counted. */
    private static final int MAX_VIOLATIONS = 10;

    /**
     * What failed, for a person: the request, the status and the server's problem details (title and detail), the
     * issuer's refusal of a login with its error, or why no answer came.
     */
    static String describe(SolidaireClientException e) {
        StringBuilder line = new StringBuilder(e.method()).append(' ').append(e.uri());
        if (e.status() == 0) {
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            return line.append(": no answer").append(cause == null ? "" : " (" + cause + ")").toString();
        }
        if (SolidaireClientException.LOGIN.equals(e.method())) {
            return e.getMessage();
        }
        line.append(": ").append(e.status());
        e.problem().flatMap(ProblemDetails::title).ifPresent(title -> line.append(' ').append(title));
        e.problem().flatMap(ProblemDetails::detail).ifPresent(detail -> line.append(": ").append(detail));
        if (e instanceof UnprocessableContentException refused) {
            // A shape's refusal names each violation: the node, the property and what is wrong.
            refused.violations().stream().limit(MAX_VIOLATIONS).forEach(violation -> line.append(System.lineSeparator())
                    .append("  ").append(violation.getOrDefault("focusNode", "?")).append(' ')
                    .append(violation.getOrDefault("path", "")).append(": ")
                    .append(violation.getOrDefault("message", "")));
            if (refused.violations().size() > MAX_VIOLATIONS) {
                line.append(System.lineSeparator()).append("  and ")
                        .append(refused.violations().size() - MAX_VIOLATIONS).append(" more");
            }
        }
        return line.toString();
    }
}
