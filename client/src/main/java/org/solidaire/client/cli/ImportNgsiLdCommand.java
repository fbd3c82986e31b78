// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.solidaire.client.PodClient;
import org.solidaire.client.importer.NgsiLdImport;
import org.solidaire.client.importer.NgsiLdOptions;
import org.solidaire.client.importer.NgsiLdWaterImporter;
import org.solidaire.client.importer.RowProblem;
import org.solidaire.client.importer.UnmappedTerm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import ngsi-ld}: Smart Data Models {@code WaterConsumptionObserved} entities into one citizen's pod, the
 * consumption being the rise of the meter's index between two snapshots.
 */
@Command(name = "ngsi-ld", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Imports Smart Data Models WaterConsumptionObserved entities (NGSI-LD, normalized or "
                + "key-values) into one citizen's pod: two snapshots of a meter's index make a reading."
                + "%nAttributes the vocabulary has no term for are reported as warnings, not imported.")
final class ImportNgsiLdCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Credentials credentials;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON or JSON-LD payloads, each an entity or an "
            + "array of entities.")
    private List<Path> files;

    @Option(names = "--pod", paramLabel = "POD_ROOT", required = true, description = "Root of the citizen's pod.")
    private String pod;

    @Mixin
    private ImportOptions common;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Console console = new Console(spec, common.quiet());
        files.forEach(file -> ImportWaterCommand.requireNotDirectory(file, "the payload"));
        Optional<PodClient> client = common.client(credentials);
        URI source = common.agent(client);
        List<byte[]> payloads = new ArrayList<>();
        for (Path file : files) {
            payloads.add(Files.readAllBytes(file));
        }
        URI podRoot = ImportWaterCommand.podRoot(pod);
        NgsiLdOptions options = NgsiLdOptions.forPod(source, podRoot,
                exportTime().atZone(common.zone()).toOffsetDateTime()).inZone(common.zone());
        NgsiLdImport result = NgsiLdWaterImporter.with(options).read(payloads);
        for (UnmappedTerm term : result.unmapped()) {
            console.problem("warning: " + term.entityId() + ": " + term.term() + " (" + term.iri() + ") has no "
                    + "counterpart in the vocabulary; not imported");
        }
        result.problems().forEach(problem -> console.problem(where(problem) + problem.message()));
        if (!result.complete()) {
            console.summary(Console.count(result.problems().size(), "problem") + "; nothing was written");
            return Main.REFUSED;
        }
        long readings = result.documents().stream().mapToLong(document -> document.readings().size()).sum();
        String took = Console.seconds(Duration.ofNanos(System.nanoTime() - start));
        if (client.isEmpty()) {
            console.summary("Checked " + Console.count(files.size(), "file") + ": would write "
                    + Console.count(result.documents().size(), "document") + " (" + Console.count(readings, "reading")
                    + "); " + Console.count(result.unmapped().size(), "attribute")
                    + " not mapped; nothing sent, pod root not checked; " + took);
            return Main.OK;
        }
        PodRootCheck check = PodRootCheck.of(client.get(), List.of(podRoot), 1);
        if (!check.problems().isEmpty()) {
            console.problem("error: --pod: " + check.problems().get(podRoot));
            return Main.USAGE;
        }
        DocumentWriter.Written written = new DocumentWriter(client.get(), 4, console, check.answeredAt(), false)
                .write(result.documents());
        console.summary("Imported " + Console.count(files.size(), "file") + ": " + written.documents() + "; "
                + written.readings() + " of " + readings + " readings are in the pod; "
                + Console.count(result.unmapped().size(), "attribute") + " not mapped; "
                + Console.seconds(Duration.ofNanos(System.nanoTime() - start)));
        return written.exitCode();
    }

    private Instant exportTime() throws IOException {
        if (common.exportedAt() != null) {
            return common.exportedAt();
        }
        Instant newest = Instant.EPOCH;
        for (Path file : files) {
            FileTime modified = Files.getLastModifiedTime(file);
            newest = modified.toInstant().isAfter(newest) ? modified.toInstant() : newest;
        }
        return newest;
    }

    /** The file a problem is about (its line is the payload's position), else none. */
    private String where(RowProblem problem) {
        String file = problem.line() >= 1 && problem.line() <= files.size() ? files.get((int) problem.line() - 1)
                + ": " : "";
        return file + (problem.column() == null ? "" : problem.column() + ": ");
    }
}
