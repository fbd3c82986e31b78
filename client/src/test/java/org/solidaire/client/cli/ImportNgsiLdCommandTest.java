// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidaire.client.PodServer;
import org.solidaire.vocab.CDV;

/**
 * {@code import ngsi-ld} against the real server: two snapshots of a Smart Data Models meter a day apart make a
 * reading in the citizen's pod, and the attributes the vocabulary has no term for are reported as warnings.
 */
class ImportNgsiLdCommandTest {

    @RegisterExtension
    static final PodServer SERVER = new PodServer(List.of("citizen", "city"));

    private static final Path EXAMPLE = Path.of("../../shared/fixtures/smart-data-models/WaterConsumptionObserved"
            + "/example-normalized.jsonld");

    @TempDir
    private Path dir;

    @Test
    void twoSnapshotsADayApartBecomeAReadingAndUnmappedAttributesAreWarnings() throws IOException {
        RestitutionFlowTest.assertSucceeds(CommandRun.as(SERVER, "citizen", "grant", "--type", "water", "--pod",
                SERVER.podRoot("citizen").toString(), "--agent", SERVER.webId("city").toString(), "--mode",
                "append"));
        String today = Files.readString(EXAMPLE);
        Path first = Files.writeString(dir.resolve("today.jsonld"), today);
        Path second = Files.writeString(dir.resolve("tomorrow.jsonld"), today.replace("\"value\": 191051",
                "\"value\": 191363").replace("2021-05-23T23:14:16.000Z", "2021-05-24T23:14:16.000Z"));

        CommandRun run = CommandRun.as(SERVER, "city", "import", "ngsi-ld", first.toString(), second.toString(),
                "--pod", SERVER.podRoot("citizen").toString(), "--exported-at", "2021-05-25T01:00:00Z");

        assertAll(
                () -> assertEquals(Main.OK, run.exitCode(), run::toString),
                () -> assertTrue(run.err().contains("warning: urn:ngsi-ld:Consumer:Consumer01: alarmTamper"),
                        run::toString),
                () -> assertTrue(run.err().contains("1 document written, 0 unchanged, 0 refused; 1 of 1 readings are "
                        + "in the pod"), run::toString),
                () -> assertEquals(1, SERVER.client("citizen").read(SERVER.uri("citizen/water/2021-05")).graph()
                        .find(Node.ANY, RDF.type.asNode(), CDV.WaterConsumptionObservation).toList().size()));
    }
}
