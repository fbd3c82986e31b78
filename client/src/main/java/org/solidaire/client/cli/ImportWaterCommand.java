// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import org.solidaire.client.PodClient;
import org.solidaire.client.importer.RowProblem;
import org.solidaire.client.importer.WaterCsvImporter;
import org.solidaire.client.importer.WaterCsvOptions;
import org.solidaire.client.importer.WaterImport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import water}: a water department's CSV export into the citizens' pods, one document per service point
 * and month, every row checked before anything is sent.
 */
@Command(name = "water", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Imports a water department's CSV export: one document per service point and month, "
                + "written with insert-only N3 Patches (Append access is enough; importing a file again changes "
                + "nothing)."
                + "%nEvery row is checked first; a file with bad rows writes nothing unless --skip-invalid. Bad "
                + "rows are reported on standard error as FILE:LINE:COLUMN: reason.")
final class ImportWaterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Credentials credentials;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV export.")
    private Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Destination destination;

    @Mixin
    private ImportOptions common;

    @Option(names = "--skip-invalid", description = "Import the good rows of a file that has bad ones.")
    private boolean skipInvalid;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "16",
            description = "Requests sent at once (default: ${DEFAULT-VALUE}).")
    private int parallel;

    /** Where the readings go: one pod, or a pod per service point. */
    static final class Destination {
        @Option(names = "--pod", paramLabel = "POD_ROOT", required = true,
                description = "Root of the one citizen's pod every row goes to.")
        private String pod;

        @Option(names = "--routes", paramLabel = "ROUTES", required = true,
                description = "CSV file with the columns service_point_id and pod: the pod root of each service "
                        + "point (a city's bulk export).")
        private Path routes;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Console console = new Console(spec, common.quiet());
        if (parallel < 1) {
            throw new IllegalArgumentException("--parallel must be at least 1, not " + parallel);
        }
        PodClient client = credentials.client();
        WaterCsvOptions options = options(client, console);
        if (options == null) {
            return Main.REFUSED;
        }
        WaterImport result = WaterCsvImporter.with(options).read(file);
        result.problems().forEach(problem -> console.problem(where(problem) + problem.message()));
        long skipped = result.rowsRead() - result.readingCount();
        if (!result.complete() && (!skipInvalid || result.documents().isEmpty())) {
            // A file refused whole (header, encoding), or with no good row, writes nothing even with --skip-invalid.
            console.summary(file + ": " + result.problems().size() + " problems in " + result.rowsRead()
                    + " rows; nothing was written");
            return Main.REFUSED;
        }
        int documents = result.documents().size();
        if (common.dryRun()) {
            console.summary("Checked " + file + ": would write " + documents + " documents (" + result.readingCount()
                    + " readings) for " + result.documentsByServicePoint().size() + " service points; " + skipped
                    + " rows skipped; nothing sent; " + Console.seconds(Duration.ofNanos(System.nanoTime() - start)));
            return Main.OK;
        }
        int failed = new DocumentWriter(client, parallel, console).write(result.documents());
        console.summary("Imported " + file + ": " + (documents - failed) + " documents written (" + result
                .readingCount() + " readings) for " + result.documentsByServicePoint().size() + " service points"
                + (failed == 0 ? "" : ", " + failed + " documents not written") + "; " + skipped + " rows skipped; "
                + Console.seconds(Duration.ofNanos(System.nanoTime() - start)));
        return failed == 0 ? Main.OK : Main.FAILED;
    }

    /** The importer's options, or null when the routes file is refused (its problems reported). */
    private WaterCsvOptions options(PodClient client, Console console) throws IOException {
        URI source = common.agent(client);
        WaterCsvOptions options;
        if (destination.routes != null) {
            PodRoutes routes = PodRoutes.read(destination.routes);
            routes.problems().forEach(console::problem);
            if (!routes.problems().isEmpty()) {
                console.summary(destination.routes + ": " + routes.problems().size() + " problems; nothing was "
                        + "written");
                return null;
            }
            options = WaterCsvOptions.forPods(source, Map.copyOf(routes.pods()));
        } else {
            options = WaterCsvOptions.forPod(source, podRoot(destination.pod));
        }
        options = options.inZone(common.zone());
        if (common.exportedAt() != null) {
            options = options.exportedAt(common.exportedAt().atZone(common.zone()).toOffsetDateTime());
        }
        return skipInvalid ? options.skippingInvalidRows() : options;
    }

    private String where(RowProblem problem) {
        return file + ":" + problem.line() + (problem.column() == null ? "" : ":" + problem.column()) + ": ";
    }

    /** A pod root given on the command line, as an absolute http(s) URL ending with {@code /}. */
    static URI podRoot(String text) {
        try {
            return PodRoutes.podRoot(text);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not the absolute http(s) URL of a pod root.", e);
        }
    }
}
