// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.apicatalog.jsonld.JsonLdError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidaire.client.model.Granularity;
import org.solidaire.client.model.Quantity;
import org.solidaire.client.model.WaterReading;
import org.solidaire.shapes.ShapeValidator;

/** The Smart Data Models examples of {@code WaterConsumptionObserved}, in each of their four forms. */
class NgsiLdWaterImporterTest {

    static final Path FIXTURES = Path.of("../../shared/fixtures/smart-data-models/WaterConsumptionObserved");
    static final URI POD = URI.create("https://pod.example/camille/");
    static final NgsiLdOptions OPTIONS = NgsiLdOptions.forPod(URI.create("https://eau.metropole.example/#service"),
            POD, OffsetDateTime.parse("2021-05-25T03:00:00+02:00"));

    static final Set<String> UNMAPPED = Set.of("acquisitionStageFailure", "alarmFlowPersistence", "alarmInProgress",
            "alarmStopsLeaks", "alarmTamper", "alarmWaterQuality", "maxFlow", "minFlow", "moduleTampered",
            "persistenceFlowDuration", "location");

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(FIXTURES.resolve(name));
    }

    private static NgsiLdImport read(byte[]... payloads) {
        return NgsiLdWaterImporter.with(OPTIONS).read(List.of(payloads));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.json", "example.jsonld", "example-normalized.json", "example-normalized.jsonld"})
    void readsTheMeterIndexAndReportsEveryOtherAttribute(String name) throws IOException {
        NgsiLdImport result = read(fixture(name));

        MeterSnapshot snapshot = result.snapshots().get(0);
        assertAll(
                () -> assertEquals(1, result.snapshots().size()),
                () -> assertEquals("urn:ngsi-ld:Consumer:Consumer01", snapshot.entityId()),
                () -> assertEquals(Quantity.litres(new BigDecimal("191051")), snapshot.index()),
                () -> assertEquals(UNMAPPED, result.unmapped().stream().map(UnmappedTerm::term)
                        .filter(term -> !term.contains(".")).collect(Collectors.toSet())),
                () -> assertEquals(List.of(), result.documents()),
                () -> assertTrue(result.problems().stream().anyMatch(p -> p.message().contains(
                        name.equals("example-normalized.jsonld") ? "Only one index" : "no observation time")),
                        result.problems().toString()));
    }

    @Test
    void takesTheTimeAndDeviceOfTheNormalizedForm() throws IOException {
        MeterSnapshot snapshot = read(fixture("example-normalized.jsonld")).snapshots().get(0);

        assertEquals(OffsetDateTime.parse("2021-05-23T23:14:16.000Z"), snapshot.observedAt());
        assertEquals(URI.create("urn:ngsi-ld:Device:01"), snapshot.sensor());
    }

    @Test
    void hasNoTimeInTheKeyValuesForm() throws IOException {
        assertNull(read(fixture("example.jsonld")).snapshots().get(0).observedAt());
    }

    @Test
    void makesADailyReadingFromTwoIndexesADayApart() throws IOException {
        String today = new String(fixture("example-normalized.jsonld"), StandardCharsets.UTF_8);
        String tomorrow = today.replace("\"value\": 191051", "\"value\": 191363")
                .replace("2021-05-23T23:14:16.000Z", "2021-05-24T23:14:16.000Z");

        NgsiLdImport result = read(tomorrow.getBytes(StandardCharsets.UTF_8),
                today.getBytes(StandardCharsets.UTF_8));

        assertTrue(result.complete(), result.problems().toString());
        PodDocument may = result.documents().get(0);
        WaterReading reading = (WaterReading) may.readings().get(0);
        assertAll(
                () -> assertEquals(URI.create("https://pod.example/camille/water/2021-05"), may.iri()),
                () -> assertEquals(URI.create("https://pod.example/camille/water/2021-05#2021-05-24T01-14-16"),
                        reading.iri()),
                () -> assertEquals(Quantity.litres(new BigDecimal("312")), reading.volume()),
                () -> assertEquals(Granularity.DAILY, reading.observation().granularity()),
                () -> assertEquals(URI.create("urn:ngsi-ld:Device:01"), reading.observation().meter()),
                () -> assertTrue(ShapeValidator.standard().validate(may.graph(), Locale.ENGLISH).accepted()),
                () -> assertEquals(may.graph().size(), read(tomorrow.getBytes(StandardCharsets.UTF_8),
                        today.getBytes(StandardCharsets.UTF_8)).documents().get(0).graph().size()));
    }

    @Test
    void refusesAContextThatIsNotBundled() {
        String payload = "{\"@context\": \"https://contexts.example/other.jsonld\", \"id\": \"urn:x\","
                + " \"type\": \"WaterConsumptionObserved\", \"waterConsumption\": 1}";

        NgsiLdImport result = read(payload.getBytes(StandardCharsets.UTF_8));

        assertTrue(result.problems().get(0).message().contains("is not bundled"), result.problems().toString());
        assertEquals(List.of(), result.snapshots());
    }

    @Test
    void reportsATermNoContextDefines() {
        String payload = "{\"id\": \"urn:x\", \"type\": \"WaterConsumptionObserved\", \"waterConsumption\": 1,"
                + " \"leakScore\": 3}";

        NgsiLdImport result = read(payload.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(new UnmappedTerm("urn:x", "leakScore",
                "https://uri.etsi.org/ngsi-ld/default-context/leakScore")), result.unmapped());
    }

    @Test
    void loaderServesBundledContextsOnly() throws JsonLdError {
        BundledContextLoader loader = new BundledContextLoader();

        assertTrue(loader.loadDocument(URI.create(BundledContextLoader.CORE_CONTEXT), null).getJsonContent()
                .isPresent());
        assertThrows(JsonLdError.class, () -> loader.loadDocument(URI.create("http://127.0.0.1/context.jsonld"),
                null));
    }
}
