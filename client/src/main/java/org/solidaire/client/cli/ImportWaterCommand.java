// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    @Option(names = "--correct", description = "Replace the values of readings the pods already hold with the "
            + "export's, with N3 Patches that delete and insert: for the citizen, or an identity given Read and Write "
            + "on the container (without it, a correction is refused and reported).")
    private boolean correct;

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
        requireNotDirectory(file, "the export");
        requireNotDirectory(destination.routes, "--routes");
        Optional<PodClient> client = common.client(credentials);
        Optional<PodRoutes> routes = routes(console);
        if (routes.isPresent() && !routes.get().problems().isEmpty()) {
            return Main.REFUSED;
        }
        WaterImport result = WaterCsvImporter.with(options(common.agent(client), routes)).read(file);
        result.problems().forEach(problem -> console.problem(where(problem) + problem.message()));
        long skipped = result.rowsRead() - result.readingCount();
        if (!result.complete() && (!skipInvalid || result.documents().isEmpty())) {
            // A file refused whole (header, encoding), or with no good row, writes nothing even with --skip-invalid.
            console.summary(file + ": " + Console.count(result.problems().size(), "problem") + " in "
                    + Console.count(result.rowsRead(), "row") + "; nothing was written");
            return Main.REFUSED;
        }
        if (result.documents().isEmpty()) {
            // A header and no row is an export with nothing in it, more likely a wrong file than a quiet day.
            console.problem(file + ": no reading in " + Console.count(result.rowsRead(), "row") + " after the header");
            console.summary(file + ": nothing to import; nothing was written");
            return Main.REFUSED;
        }
        if (client.isEmpty()) {
            console.summary("Checked " + file + ": would write " + Console.count(result.documents().size(), "document")
                    + " (" + Console.count(result.readingCount(), "reading") + ") for "
                    + Console.count(result.documentsByServicePoint().size(), "service point") + "; "
                    + Console.count(skipped, "row") + " skipped; nothing sent, pod roots not checked; "
                    + Console.seconds(Duration.ofNanos(System.nanoTime() - start)));
            return Main.OK;
        }
        PodRootCheck check = checkPodRoots(client.get(), routes, result, console);
        if (!check.problems().isEmpty()) {
            return routes.isPresent() ? Main.REFUSED : Main.USAGE;
        }
        DocumentWriter.Written written = new DocumentWriter(client.get(), parallel, console, check.answeredAt(),
                correct).write(result.documents());
        console.summary("Imported " + file + ": " + written.documents() + "; " + written.readings() + " of "
                + result.readingCount() + " readings are in the pods, for "
                + Console.count(result.documentsByServicePoint().size(), "service point") + "; "
                + Console.count(skipped, "row") + " skipped; "
                + Console.seconds(Duration.ofNanos(System.nanoTime() - start)));
        return written.exitCode();
    }

    /**
     * Refuses, as a usage error naming it, a path given as an input file that is a directory, which reading would
     * only report as "Is a directory".
     */
    static void requireNotDirectory(Path file, String what) {
        if (file != null && Files.isDirectory(file)) {
            throw new IllegalArgumentException(what + " " + file + " is a directory, not a file");
        }
    }

    /** The routes file when one is given, its problems reported. */
    private Optional<PodRoutes> routes(Console console) throws IOException {
        if (destination.routes == null) {
            return Optional.empty();
        }
        PodRoutes routes = PodRoutes.read(destination.routes);
        routes.problems().forEach(console::problem);
        if (!routes.problems().isEmpty()) {
            console.summary(destination.routes + ": " + Console.count(routes.problems().size(), "problem")
                    + "; nothing was written");
        }
        return Optional.of(routes);
    }

    /** The importer's options: the pod or the routes, the zone, the export time, whether to skip bad rows. */
    private WaterCsvOptions options(URI agent, Optional<PodRoutes> routes) {
        WaterCsvOptions options = routes.map(found -> WaterCsvOptions.forPods(agent, found.pods()))
                .orElseGet(() -> WaterCsvOptions.forPod(agent, podRoot(destination.pod))).inZone(common.zone());
        if (common.exportedAt() != null) {
            options = options.exportedAt(common.exportedAt().atZone(common.zone()).toOffsetDateTime());
        }
        return skipInvalid ? options.skippingInvalidRows() : options;
    }

    /**
     * Checks that the pod roots the documents go to are pod roots, before anything is written, and reports those that
     * are not where they were given: {@code --pod}, or a line of the routes file.
     */
    private PodRootCheck checkPodRoots(PodClient client, Optional<PodRoutes> routes, WaterImport result,
            Console console) throws InterruptedException {
        Map<URI, List<Long>> lines = new TreeMap<>();
        for (String point : result.documentsByServicePoint().keySet()) {
            URI pod = routes.map(found -> found.pods().get(point)).orElseGet(() -> podRoot(destination.pod));
            lines.computeIfAbsent(pod, root -> new ArrayList<>()).add(routes.map(found -> found.lines().get(point))
                    .orElse(0L));
        }
        PodRootCheck check = PodRootCheck.of(client, List.copyOf(lines.keySet()), parallel);
        if (routes.isEmpty()) {
            check.problems().values().forEach(problem -> console.problem("error: --pod: " + problem));
        } else if (!check.problems().isEmpty()) {
            check.problems().forEach((pod, problem) -> lines.get(pod).stream().sorted().forEach(line -> console
                    .problem(destination.routes + ":" + line + ": " + problem)));
            console.summary(destination.routes + ": " + check.problems().size() + " of its pods are not pod roots; "
                    + "nothing was written");
        }
        return check;
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
