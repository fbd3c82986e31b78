// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidaire.client.model.Provenance;
import org.solidaire.client.model.ReadingMethod;
import org.solidaire.client.model.ReadingReason;
import org.solidaire.client.model.WaterReading;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.shapes.ValidationReport;

class WaterCsvImporterTest {

    static final Path SAMPLE = Path.of("samples/water-export.csv");
    static final URI CITY = URI.create("https://eau.metropole.example/#service");
    static final OffsetDateTime EXPORTED = OffsetDateTime.parse("2024-11-25T03:00:00+01:00");
    static final Map<String, URI> PODS = Map.of(
            "EAU-69383-004217", URI.create("https://pod.example/camille/"),
            "EAU-69383-007731", URI.create("https://pod.example/yanis/"),
            "EAU-69387-001094", URI.create("https://pod.example/odette/"));

    static final String HEADER = "meter_serial;service_point_id;date;index_m3;consumption_l;reading_method\n";

    private static WaterImport importSample() throws IOException {
        return WaterCsvImporter.with(WaterCsvOptions.forPods(CITY, PODS).exportedAt(EXPORTED)).read(SAMPLE);
    }

    static WaterImport importText(String csv, WaterCsvOptions options) throws IOException {
        return WaterCsvImporter.with(options).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    static WaterCsvOptions camille() {
        return WaterCsvOptions.forPod(CITY, URI.create("https://pod.example/camille/")).exportedAt(EXPORTED);
    }

    @Test
    void importsTheSampleIntoOneDocumentPerServicePointAndMonth() throws IOException {
        WaterImport result = importSample();

        assertTrue(result.complete(), () -> result.problems().toString());
        assertEquals(84, result.rowsRead());
        assertEquals(84, result.readingCount());
        assertEquals(List.of("water/2024-10", "water/2024-11"), result.documentsByServicePoint()
                .get("EAU-69383-004217").stream().map(PodDocument::path).toList());
        assertEquals(URI.create("https://pod.example/yanis/water/2024-11"),
                result.documentsByServicePoint().get("EAU-69383-007731").get(1).iri());
    }

    @Test
    void writesDocumentsTheShapesAccept() throws IOException {
        for (PodDocument document : importSample().documents()) {
            ValidationReport report = ShapeValidator.standard().validate(document.graph(), Locale.ENGLISH);
            assertTrue(report.accepted(), () -> document.iri() + ": " + report.violations());
        }
    }

    @Test
    void mapsEveryColumnOntoTheReading() throws IOException {
        PodDocument november = importSample().documentsByServicePoint().get("EAU-69383-004217").get(1);
        WaterReading replaced = WaterReading.fromGraph(november.graph(),
                URI.create("https://pod.example/camille/water/2024-11#2024-11-14"));

        assertAll(
                () -> assertEquals(URI.create("https://pod.example/camille/water/contract#meter-C24FA067890"),
                        replaced.observation().meter()),
                () -> assertEquals(URI.create("https://pod.example/camille/water/contract#point"),
                        replaced.observation().servicePoint()),
                () -> assertEquals(OffsetDateTime.parse("2024-11-14T00:00:00+01:00"),
                        replaced.observation().periodStart()),
                () -> assertEquals(new BigDecimal("306"), replaced.volume().value()),
                () -> assertEquals(new BigDecimal("0.306"), replaced.meterIndex().value()),
                () -> assertEquals(ReadingMethod.ACTUAL, replaced.observation().readingMethod()),
                () -> assertEquals(ReadingReason.METER_REPLACEMENT, replaced.observation().readingReason()));
    }

    @Test
    void importingTheSameFileTwiceWritesTheSameTriples() throws IOException {
        List<PodDocument> first = importSample().documents();
        List<PodDocument> second = importSample().documents();

        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            Graph graph = first.get(i).graph();
            int size = graph.size();
            second.get(i).graph().find().forEach(graph::add);
            assertEquals(size, graph.size(), first.get(i).iri().toString());
            assertTrue(graph.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList()
                    .isEmpty());
        }
    }

    @Test
    void namesTheRunAfterTheFileContentAndTheExportTime() throws IOException, NoSuchAlgorithmException {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SAMPLE)));
        WaterImport result = importSample();

        URI run = URI.create("urn:solidaire:import:sha256:" + hex + ":2024-11-25T02:00:00Z");
        assertEquals(run, result.importRun());
        PodDocument document = result.documents().get(0);
        assertEquals(List.of(Provenance.of(run, CITY, EXPORTED, URI.create(CitizenDataShapes.VERSION_IRI))),
                Provenance.fromGraph(document.graph(), document.iri()));
    }

    @Test
    void aLaterRunOfTheSameRowsAddsOnlyItselfToTheDocument() throws IOException {
        PodDocument first = importSample().documents().get(0);
        PodDocument later = WaterCsvImporter.with(WaterCsvOptions.forPods(CITY, PODS).exportedAt(EXPORTED.plusDays(7)))
                .read(SAMPLE).documents().get(0);

        Graph both = first.graph();
        Graph added = later.graph();
        first.graph().find().forEach(added::delete);
        added.find().forEach(both::add);

        Node laterRun = NodeFactory.createURI(later.provenance().importRun().toString());
        assertAll(
                () -> assertEquals(Set.of(NodeFactory.createURI(first.iri().toString()), laterRun),
                        added.find().mapWith(Triple::getSubject).toSet(), "what the later run adds"),
                () -> assertEquals(2, Provenance.fromGraph(both, first.iri()).size()),
                () -> assertEquals(List.of(), ShapeValidator.standard().validate(both, Locale.ENGLISH).violations(),
                        "the document both runs wrote"));
    }

    @Test
    void recordsTheFileTimeWhenTheExportTimeIsNotGiven(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(SAMPLE, dir.resolve("export.csv"));
        Files.setLastModifiedTime(copy, FileTime.from(EXPORTED.toInstant()));

        WaterImport result = WaterCsvImporter.with(WaterCsvOptions.forPods(CITY, PODS)).read(copy);

        assertTrue(result.documents().get(0).graph().toString().contains("2024-11-25T03:00:00+01:00"));
    }

    @Test
    void readsCommasAByteOrderMarkAndDecimalCommas() throws IOException {
        String comma = "\uFEFFmeter_serial,service_point_id,date,index_m3,consumption_l,reading_method\n"
                + "M1,SP1,2024-06-01,12.500,500,actual\n\nM1,SP1,2024-06-02,13.000,500,ACTUAL\n";
        String semicolon = "reading_method;meter_serial;service_point_id;date;index_m3;consumption_l\n"
                + "actual;M1;SP1;2024-06-01;12,500;500\nactual;M1;SP1;2024-06-02;13,000;500\n";

        WaterImport fromComma = importText(comma, camille());
        WaterImport fromSemicolon = importText(semicolon, camille());

        assertTrue(fromComma.complete(), () -> fromComma.problems().toString());
        assertTrue(fromSemicolon.complete(), () -> fromSemicolon.problems().toString());
        assertEquals(fromComma.documents().get(0).readings(), fromSemicolon.documents().get(0).readings());
    }

    @Test
    void importsTheGoodRowsOnlyWhenAskedTo() throws IOException {
        String csv = HEADER + "M1;SP1;2024-06-01;12.5;500;actual\nM1;SP1;2024-06-02;13.0;-5;actual\n"
                + "M1;SP1;2024-06-03;13.5;500;actual\n";

        WaterImport strict = importText(csv, camille());
        WaterImport lenient = importText(csv, camille().skippingInvalidRows());

        assertEquals(List.of(), strict.documents());
        assertEquals(1, strict.problems().size());
        assertEquals(2, lenient.readingCount());
        assertEquals(strict.problems(), lenient.problems());
    }

    @Test
    void reportsServicePointsWithoutAPod() throws IOException {
        String csv = HEADER + "M1;SP1;2024-06-01;12.5;500;actual\nM2;SP9;2024-06-01;2.5;500;actual\n";

        WaterImport result = importText(csv, WaterCsvOptions.forPods(CITY,
                Map.of("SP1", URI.create("https://pod.example/a/"))).exportedAt(EXPORTED).skippingInvalidRows());

        assertEquals(List.of(RowProblem.at(3, "service_point_id", "No pod is known for service point SP9")),
                result.problems());
        assertEquals(1, result.readingCount());
    }

    @Test
    void refusesAFileNotInUtf8() throws IOException {
        byte[] latin1 = (HEADER + "M1;SP1;2024-06-01;12.5;500;actual\nCompteuré;SP1;2024-06-02;13;500;actual\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        WaterImport result = WaterCsvImporter.with(camille()).read(new ByteArrayInputStream(latin1));

        assertEquals(List.of(), result.documents());
        assertTrue(result.problems().get(0).message().contains("not in UTF-8"), result.problems().toString());
    }
}
