// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidaire.client.PodServer;
import org.solidaire.client.importer.WaterCsvImporter;
import org.solidaire.client.model.Provenance;
import org.solidaire.vocab.CDV;

/**
 * What {@code import water} does with bad input: reports each bad row as FILE:LINE:COLUMN on standard error and
 * writes nothing (exit 3), unless told to skip the bad rows; a dry run sends nothing.
 */
class ImportWaterProblemsTest {

    @RegisterExtension
    static final PodServer SERVER = new PodServer(List.of("citizen", "city"));

    @TempDir
    private Path dir;

    @BeforeAll
    static void theCitizenLetsTheCityAppendWaterReadings() {
        RestitutionFlowTest.assertSucceeds(CommandRun.as(SERVER, "citizen", "grant", "--type", "water", "--pod",
                SERVER.podRoot("citizen").toString(), "--agent", SERVER.webId("city").toString(), "--mode",
                "append"));
    }

    @Test
    void aFileWithABadRowIsRefusedWholeWithTheLineAndColumn() throws IOException {
        Path file = export("march.csv", LocalDate.of(2026, 3, 1), 5, "index_m3", "12,5x");

        CommandRun run = cityImports(file);

        assertAll(
                () -> assertEquals(Main.REFUSED, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains(file + ":6:index_m3: "), run::toString),
                () -> assertTrue(run.err().contains(file + ": 1 problem in 10 rows; nothing was written"),
                        run::toString),
                () -> assertEquals(List.of(), SERVER.client("citizen").list(SERVER.uri("citizen/water/"))
                        .stream().filter(uri -> uri.toString().endsWith("2026-03")).toList()));
    }

    @Test
    void skippingInvalidRowsImportsTheOthers() throws IOException {
        Path file = export("april.csv", LocalDate.of(2026, 4, 1), 5, "reading_method", "guessed");

        CommandRun run = cityImports(file, "--skip-invalid");

        assertAll(
                () -> assertEquals(Main.OK, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains(file + ":6:reading_method: "), run::toString),
                () -> assertTrue(run.err().contains("1 document written, 0 unchanged, 0 refused; 9 of 9 readings are "
                        + "in the pods, for 1 service point; 1 row skipped"), run::toString),
                () -> assertEquals(9, SERVER.client("citizen").read(SERVER.uri("citizen/water/2026-04")).graph()
                        .find(Node.ANY, RDF.type.asNode(), CDV.WaterConsumptionObservation).toList().size()));
    }

    @Test
    void aFileRefusedWholeIsRefusedEvenWhenSkippingInvalidRows() throws IOException {
        Path header = dir.resolve("extra-column.csv");
        Files.writeString(header, "meter_serial;service_point_id;date;index_m3;consumption_l;reading_method;extra\n"
                + "A;SP;2026-08-01;1;1;actual;x\n");
        Path quoting = dir.resolve("quoting.csv");
        Files.writeString(quoting, "meter_serial;service_point_id;date;index_m3;consumption_l;reading_method\n"
                + "\"M1\"x;SP1;2026-08-01;100;0;actual\n");

        CommandRun badHeader = cityImports(header, "--skip-invalid");
        CommandRun badQuoting = cityImports(quoting, "--skip-invalid");

        assertAll(
                () -> assertEquals(Main.REFUSED, badHeader.exitCode(), badHeader::toString),
                () -> assertTrue(badHeader.err().contains("nothing was written"), badHeader::toString),
                () -> assertEquals(Main.REFUSED, badQuoting.exitCode(), badQuoting::toString),
                () -> assertTrue(badQuoting.err().contains("not well-formed CSV"), badQuoting::toString));
    }

    /** A month-to-date export, then a later one of the same days and more, each a run of its own. */
    @Test
    void aLaterExportOverlappingAnEarlierOneAddsOnlyItsNewDaysAndItsRun() throws IOException {
        URI september = SERVER.uri("citizen/water/2026-09");
        RestitutionFlowTest.assertSucceeds(cityImports(export("september-10.csv", LocalDate.of(2026, 9, 1), 10)));
        Graph before = SERVER.client("citizen").read(september).graph();

        CommandRun later = CommandRun.as(SERVER, "city", "import", "water",
                export("september-15.csv", LocalDate.of(2026, 9, 1), 15).toString(), "--pod",
                SERVER.podRoot("citizen").toString(), "--exported-at", "2026-09-16T03:00:00Z");
        Graph after = SERVER.client("citizen").read(september).graph();

        Graph added = GraphFactory.createDefaultGraph();
        after.find().filterDrop(before::contains).forEach(added::add);
        Set<String> subjects = added.find().mapWith(triple -> triple.getSubject().getURI()).toSet();
        assertAll(
                () -> assertEquals(Main.OK, later.exitCode(), later::toString),
                () -> assertTrue(before.find().filterDrop(after::contains).toList().isEmpty(), "nothing changes"),
                () -> assertEquals(5, added.find(Node.ANY, RDF.type.asNode(), CDV.WaterConsumptionObservation)
                        .toList().size(), "the five new days"),
                () -> assertEquals(2, Provenance.fromGraph(after, september).size(), "both runs"),
                () -> assertTrue(subjects.stream().allMatch(subject -> subject.equals(september.toString())
                        || subject.matches(".*#2026-09-1[1-5](-result|-index)?")
                        || subject.startsWith(WaterCsvImporter.RUN_PREFIX)), subjects::toString));
    }

    /** The department corrects a reading it already returned: the city's Append alone cannot replace it. */
    @Test
    void aCorrectionOfReadingsAlreadyReturnedIsReportedAsSuchPerDocument() throws IOException {
        Path first = export("october.csv", LocalDate.of(2026, 10, 1), 10);
        RestitutionFlowTest.assertSucceeds(cityImports(first));
        List<String> lines = new ArrayList<>(Files.readAllLines(first));
        lines.set(5, lines.get(5).replaceFirst(";actual;|;estimated;", ";self-reported;"));
        lines.set(7, lines.get(7).replaceFirst(";actual;|;estimated;", ";self-reported;"));
        Path corrected = Files.write(dir.resolve("october-corrected.csv"), lines);

        CommandRun run = cityImports(corrected);

        assertAll(
                () -> assertEquals(Main.CORRECTION_NEEDED, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("error: " + SERVER.uri("citizen/water/2026-10") + ": the pod "
                        + "already holds other values for the readings of 2026-10-05 and 2026-10-07\n"),
                        run::toString),
                () -> assertTrue(run.err().contains("an identity with Append only (such as the city's service) can "
                        + "add data to a pod, never correct what it returned"), run::toString),
                () -> assertTrue(run.err().contains("Read and Write"), run::toString),
                () -> assertTrue(run.err().contains("0 documents written, 0 unchanged, 1 refused; 0 of 10 readings are "
                        + "in the pods"), run::toString),
                // The status as a word of its own: a temporary folder's or a port's digits may hold 422.
                () -> assertFalse(Pattern.compile("\\b422\\b").matcher(run.err()).find(), run::toString));
    }

    /** The citizen, who may read and write her pod, replaces the readings the department corrected. */
    @Test
    void anIdentityWithReadAndWriteCorrectsTheReadingsAlreadyReturned() throws IOException {
        URI november = SERVER.uri("citizen/water/2026-11");
        Path first = export("november.csv", LocalDate.of(2026, 11, 1), 10);
        RestitutionFlowTest.assertSucceeds(cityImports(first));
        Graph before = SERVER.client("citizen").read(november).graph();
        List<String> lines = new ArrayList<>(Files.readAllLines(first));
        lines.set(5, lines.get(5).replaceFirst(";actual;|;estimated;", ";self-reported;"));
        Path corrected = Files.write(dir.resolve("november-corrected.csv"), lines);

        CommandRun byTheCity = CommandRun.as(SERVER, "city", "import", "water", corrected.toString(), "--pod",
                SERVER.podRoot("citizen").toString(), "--correct");
        CommandRun byTheCitizen = CommandRun.as(SERVER, "citizen", "import", "water", corrected.toString(), "--pod",
                SERVER.podRoot("citizen").toString(), "--correct");
        Graph after = SERVER.client("citizen").read(november).graph();

        Node fifth = NodeFactory.createURI(november + "#2026-11-05");
        Graph removed = GraphFactory.createDefaultGraph();
        before.find().filterDrop(after::contains).forEach(removed::add);
        assertAll(
                () -> assertEquals(Main.FAILED, byTheCity.exitCode(), byTheCity::toString),
                () -> assertTrue(byTheCity.err().contains("GET " + november + ": 403"), byTheCity::toString),
                () -> assertEquals(Main.OK, byTheCitizen.exitCode(), byTheCitizen::toString),
                () -> assertTrue(byTheCitizen.err().contains("1 document written (1 reading corrected), 0 unchanged, "
                        + "0 refused"), byTheCitizen::toString),
                () -> assertEquals(List.of(CDV.SelfReportedReading), after.find(fifth, CDV.readingMethod, Node.ANY)
                        .mapWith(Triple::getObject).toList()),
                () -> assertEquals(1, removed.size(), () -> "only the old method goes: " + removed),
                () -> assertEquals(2, Provenance.fromGraph(after, november).size(), "the correction is a run"));
    }

    /**
     * A correction the pod refuses leaves that document refused and as it was: the documents add up, and the readings
     * the pod held already as the export gives them are still counted as in the pod.
     */
    @Test
    void aRefusedCorrectionCountsTheDocumentOnceAndTheReadingsThePodStillHolds() throws IOException {
        Path first = export("winter.csv", LocalDate.of(2026, 12, 27), 10);
        RestitutionFlowTest.assertSucceeds(cityImports(first));
        RestitutionFlowTest.assertSucceeds(CommandRun.as(SERVER, "citizen", "grant", "--type", "water", "--pod",
                SERVER.podRoot("citizen").toString(), "--agent", SERVER.webId("city").toString(), "--mode",
                "read"));
        List<String> lines = new ArrayList<>(Files.readAllLines(first));
        lines.set(8, lines.get(8).replaceFirst(";actual;|;estimated;", ";self-reported;"));
        Path corrected = Files.write(dir.resolve("winter-corrected.csv"), lines);

        CommandRun run;
        try {
            run = cityImports(corrected, "--correct");
        } finally {
            RestitutionFlowTest.assertSucceeds(CommandRun.as(SERVER, "citizen", "revoke", "--type", "water", "--pod",
                    SERVER.podRoot("citizen").toString(), "--agent", SERVER.webId("city").toString()));
            theCitizenLetsTheCityAppendWaterReadings();
        }

        // December takes the new run; January, whose correction needs Write, stays as it was.
        assertAll(
                () -> assertEquals(Main.FAILED, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("PATCH " + SERVER.uri("citizen/water/2027-01") + ": 403"),
                        run::toString),
                () -> assertTrue(run.err().contains("1 document written, 0 unchanged, 1 refused; 9 of 10 readings "
                        + "are in the pods"), run::toString));
    }

    @Test
    void aGrantNeedsAWebIdNotARelativeName() {
        CommandRun run = CommandRun.as(SERVER, "citizen", "grant", "--type", "water", "--pod",
                SERVER.podRoot("citizen").toString(), "--agent", "foo", "--mode", "read");

        assertAll(
                () -> assertEquals(2, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("must be a WebID"), run::toString));
    }

    @Test
    void anExportWithNoRowIsRefusedEvenWhenSkippingInvalidRows() throws IOException {
        Path headerOnly = Files.writeString(dir.resolve("empty.csv"), WaterExport.HEADER + "\n\n");

        CommandRun run = CommandRun.run("import", "water", headerOnly.toString(), "--pod", "http://127.0.0.1:9/c/",
                "--dry-run");
        CommandRun skipping = CommandRun.run("import", "water", headerOnly.toString(), "--pod",
                "http://127.0.0.1:9/c/", "--dry-run", "--skip-invalid");

        assertAll(
                () -> assertEquals(Main.REFUSED, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("no reading"), run::toString),
                () -> assertEquals(Main.REFUSED, skipping.exitCode(), skipping::toString));
    }

    @Test
    void aDryRunChecksWithoutContactingTheIssuerOrThePod() throws IOException {
        Path file = export("may.csv", LocalDate.of(2026, 5, 1), 0, "date", null);
        try (ServerSocket nobody = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String listener = "http://127.0.0.1:" + nobody.getLocalPort() + "/";

            CommandRun run = CommandRun.run("import", "water", file.toString(), "--pod", listener + "citizen/",
                    "--dry-run", "--issuer", listener, "--client-id", "city-app", "--client-secret", "city-secret");

            nobody.setSoTimeout(1);
            assertAll(
                    () -> assertEquals(Main.OK, run.exitCode(), run::toString),
                    () -> assertTrue(run.err().contains("would write 1 document (10 readings) for 1 service point"),
                            run::toString),
                    () -> assertThrows(SocketTimeoutException.class, nobody::accept, "nothing connected"));
        }
    }

    @Test
    void aPodRootInsideAPodIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = export("august.csv", LocalDate.of(2026, 8, 1), 0, "date", null);
        URI water = SERVER.uri("citizen/water/");
        Path routes = Files.writeString(dir.resolve("routes.csv"), "service_point_id;pod\nEAU-69383-200001;" + water
                + "\n");

        CommandRun withPod = CommandRun.as(SERVER, "city", "import", "water", file.toString(), "--pod",
                water.toString(), "--exported-at", "2026-09-01T03:00:00Z");
        CommandRun withRoutes = CommandRun.as(SERVER, "city", "import", "water", file.toString(), "--routes",
                routes.toString(), "--exported-at", "2026-09-01T03:00:00Z");

        String notRoot = water + " is not a pod root: it is in the pod " + SERVER.podRoot("citizen");
        assertAll(
                () -> assertEquals(Main.USAGE, withPod.exitCode(), withPod::toString),
                () -> assertTrue(withPod.err().contains("error: --pod: " + notRoot), withPod::toString),
                () -> assertEquals(Main.REFUSED, withRoutes.exitCode(), withRoutes::toString),
                () -> assertTrue(withRoutes.err().contains(routes + ":2: " + notRoot), withRoutes::toString),
                () -> assertTrue(SERVER.client("citizen").list(water).stream().noneMatch(uri -> uri.toString()
                        .endsWith("/water/water/")), "no water/water/"));
    }

    @Test
    void grantRevokeAndQueryRefuseAPodRootInsideAPod() {
        String water = SERVER.uri("citizen/water/").toString();

        CommandRun grant = CommandRun.as(SERVER, "citizen", "grant", "--type", "water", "--pod", water, "--agent",
                "http://127.0.0.1:9/app#me", "--mode", "read");
        CommandRun revoke = CommandRun.as(SERVER, "citizen", "revoke", "--type", "water", "--pod", water,
                "--agent", "http://127.0.0.1:9/app#me");
        CommandRun query = CommandRun.as(SERVER, "citizen", "query", "--pod", water, "--query", "ASK {}");

        String notRoot = water + " is not a pod root: it is in the pod " + SERVER.podRoot("citizen");
        assertAll(
                () -> assertEquals(Main.USAGE, grant.exitCode(), grant::toString),
                () -> assertTrue(grant.err().contains(notRoot), grant::toString),
                () -> assertEquals(Main.USAGE, revoke.exitCode(), revoke::toString),
                () -> assertEquals(Main.USAGE, query.exitCode(), query::toString),
                () -> assertTrue(query.err().contains(notRoot), query::toString));
    }

    @Test
    void quietLeavesOnlyTheProblems() throws IOException {
        Path file = export("june.csv", LocalDate.of(2026, 6, 1), 3, "consumption_l", "-4");

        CommandRun run = cityImports(file, "--quiet");

        assertAll(
                () -> assertEquals(Main.REFUSED, run.exitCode(), run::toString),
                () -> assertTrue(run.err().lines().allMatch(line -> line.startsWith(file + ":4:")), run::toString),
                () -> assertEquals("", run.out()));
    }

    private CommandRun cityImports(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("import", "water", file.toString(), "--pod",
                SERVER.podRoot("citizen").toString(), "--exported-at", "2026-07-01T03:00:00Z"));
        args.addAll(List.of(options));
        return CommandRun.as(SERVER, "city", args.toArray(String[]::new));
    }

    /** Days of readings from the first, always the same for the same days. */
    private Path export(String name, LocalDate first, int days) throws IOException {
        return new WaterExport().servicePoint("EAU-69383-200001", "I26WA001", first, days, 7)
                .writeTo(dir.resolve(name));
    }

    /** Ten days of readings from the first, the given day (0 for none) with a bad value in one column. */
    private Path export(String name, LocalDate first, int badDay, String column, String badValue)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(export("clean-" + name, first, 10)));
        if (badDay > 0) {
            List<String> header = List.of(lines.get(0).split(";", -1));
            String[] values = lines.get(badDay).split(";", -1);
            values[header.indexOf(column)] = badValue;
            lines.set(badDay, String.join(";", values));
        }
        return Files.write(dir.resolve(name), lines);
    }
}
