// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidaire.client.PodClient;
import org.solidaire.client.RdfDocument;
import org.solidaire.client.PodServer;
import org.solidaire.client.model.ElectricityReading;
import org.solidaire.client.model.Granularity;
import org.solidaire.client.model.Observation;
import org.solidaire.client.model.Place;
import org.solidaire.client.model.Quantity;
import org.solidaire.client.model.ReadingMethod;
import org.solidaire.client.model.TariffPeriod;
import org.solidaire.client.model.TransportMode;
import org.solidaire.client.model.Trip;
import org.solidaire.shapes.DataType;

/**
 * The restitution flow end to end, through the command-line tool against the real server: three citizens give the
 * city's water service Append on their water container; the city imports a year of daily readings for all three
 * from one export; citizen 1 grants app A read access to her water data, app A computes her monthly totals and sees
 * nothing else of hers nor anything of the others; she revokes, and app A sees nothing.
 */
class RestitutionFlowTest {

    private static final List<String> CITIZENS = List.of("citizen-1", "citizen-2", "citizen-3");

    @RegisterExtension
    static final PodServer SERVER = new PodServer(List.of("citizen-1", "citizen-2", "citizen-3", "city", "app-a"));

    static final String MONTHLY_TOTALS = """
            PREFIX cdv: <https://w3id.org/cdv#>
            PREFIX sosa: <http://www.w3.org/ns/sosa/>
            PREFIX qudt: <http://qudt.org/schema/qudt/>
            SELECT ?month (SUM(?litres) AS ?total) WHERE {
              ?reading a cdv:WaterConsumptionObservation ; cdv:periodStart ?start ; sosa:hasResult ?result .
              ?result qudt:numericValue ?litres .
              BIND(SUBSTR(STR(?start), 1, 7) AS ?month)
            } GROUP BY ?month ORDER BY ?month""";

    private static final String OTHER_DATA = "SELECT ?thing WHERE { { ?thing a <"
            + DataType.ELECTRICITY.targetClass().getURI() + "> } UNION { ?thing a <"
            + DataType.TRIPS.targetClass().getURI() + "> } }";

    @TempDir
    private Path dir;

    @Test
    void theCitysWaterReachesEachPodAndOnlyTheGrantedAppReadsIt() throws IOException {
        CITIZENS.forEach(citizen -> assertSucceeds(CommandRun.as(SERVER, citizen, "grant", "--type", "water",
                "--pod", SERVER.podRoot(citizen).toString(), "--agent", SERVER.webId("city").toString(),
                "--mode", "append")));
        citizenOneKeepsElectricityAndTrips();
        WaterExport export = new WaterExport();
        for (int i = 0; i < CITIZENS.size(); i++) {
            export.servicePoint(servicePoint(i), "I25WA00" + i, LocalDate.of(2025, 1, 1), 365, i);
        }
        Path file = export.writeTo(dir.resolve("water-2025.csv"));
        Path routes = routes();

        CommandRun imported = cityImports(file, routes);
        assertTrue(imported.err().contains("36 documents written, 0 unchanged, 0 refused; 1095 of 1095 readings are "
                + "in the pods, for 3 service points"), imported::toString);
        Map<URI, RdfDocument> documents = monthDocumentsOfEachCitizen();
        awaitTheNextSecond();
        CommandRun again = cityImports(file, routes);
        Map<URI, RdfDocument> reimported = monthDocumentsOfEachCitizen();
        assertTrue(again.err().contains("0 documents written, 36 unchanged, 0 refused"), again::toString);
        documents.forEach((document, read) -> assertAll(
                () -> assertTrue(read.graph().isIsomorphicWith(reimported.get(document).graph()),
                        () -> "importing again changed " + document + "; " + again),
                () -> assertEquals(read.etag(), reimported.get(document).etag(), "the entity tag of " + document)));

        assertSucceeds(CommandRun.as(SERVER, "citizen-1", "grant", "--container",
                SERVER.uri("citizen-1/water/").toString(), "--agent", SERVER.webId("app-a").toString(),
                "--mode", "read"));
        assertAll(
                () -> assertEquals(expectedTotals(export.monthlyLitres(servicePoint(0))), appAsMonthlyTotals(0)),
                () -> assertEquals(List.of(), appAsRows(0, OTHER_DATA), "electricity and trips stay hidden"),
                () -> assertEquals(2, rows(CommandRun.as(SERVER, "citizen-1", "query", "--pod",
                        SERVER.podRoot("citizen-1").toString(), "--union", "--format", "csv", "--query", OTHER_DATA))
                        .size(), "citizen 1 herself sees them"),
                () -> assertEquals(Map.of(), appAsMonthlyTotals(1), "citizen 2 granted nothing"),
                () -> assertEquals(Map.of(), appAsMonthlyTotals(2), "citizen 3 granted nothing"));

        assertSucceeds(CommandRun.as(SERVER, "citizen-1", "revoke", "--type", "water", "--pod",
                SERVER.podRoot("citizen-1").toString(), "--agent", SERVER.webId("app-a").toString()));
        assertEquals(Map.of(), appAsMonthlyTotals(0), "after the revocation");
    }

    /**
     * Waits until the second after this one: HTTP dates count whole seconds, and a document is told unchanged when
     * it last changed in an earlier second than its pod root was checked.
     */
    static void awaitTheNextSecond() {
        try {
            Thread.sleep(1000 - System.currentTimeMillis() % 1000 + 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the next second", e);
        }
    }

    private static void citizenOneKeepsElectricityAndTrips() {
        PodClient citizen = SERVER.client("citizen-1");
        URI electricity = SERVER.uri("citizen-1/electricity/2025-06");
        Observation june = Observation.over(URI.create(electricity + "#peak"),
                SERVER.uri("citizen-1/electricity/contract#point"), OffsetDateTime.parse("2025-06-01T00:00:00+02:00"),
                OffsetDateTime.parse("2025-07-01T00:00:00+02:00"), Granularity.MONTHLY, ReadingMethod.ACTUAL)
                .withMeter(SERVER.uri("citizen-1/electricity/contract#meter"));
        citizen.write(electricity, ElectricityReading.of(june, Quantity.kilowattHours(new BigDecimal("127.0")),
                TariffPeriod.PEAK_HOURS).toGraph());
        URI trips = SERVER.uri("citizen-1/trips/2025-w10");
        citizen.write(trips, Trip.departing(URI.create(trips + "#trip-01"),
                OffsetDateTime.parse("2025-03-03T08:05:00+01:00"), TransportMode.METRO, Place.named("Saxe - Gambetta"),
                Place.named("Gare de Vaise")).arriving(OffsetDateTime.parse("2025-03-03T08:31:00+01:00"))
                .withDistance(Quantity.kilometres(new BigDecimal("6.4"))).toGraph());
    }

    private CommandRun cityImports(Path file, Path routes) {
        CommandRun run = CommandRun.as(SERVER, "city", "import", "water", file.toString(), "--routes",
                routes.toString(), "--exported-at", "2026-01-02T03:00:00Z", "--parallel", "8");
        assertSucceeds(run);
        return run;
    }

    private Path routes() throws IOException {
        StringBuilder routes = new StringBuilder("service_point_id,pod\n");
        for (int i = 0; i < CITIZENS.size(); i++) {
            routes.append(servicePoint(i)).append(',').append(SERVER.podRoot(CITIZENS.get(i))).append('\n');
        }
        return Files.writeString(dir.resolve("routes.csv"), routes);
    }

    /** Every month document, read by its citizen, after checking that all twelve are there. */
    private static Map<URI, RdfDocument> monthDocumentsOfEachCitizen() {
        Map<URI, RdfDocument> documents = new LinkedHashMap<>();
        for (String citizen : CITIZENS) {
            PodClient client = SERVER.client(citizen);
            List<URI> months = IntStream.rangeClosed(1, 12)
                    .mapToObj(month -> SERVER.uri(citizen + "/water/" + YearMonth.of(2025, month))).toList();
            assertEquals(months, client.list(SERVER.uri(citizen + "/water/")), citizen + "'s water container");
            months.forEach(month -> documents.put(month, client.read(month)));
        }
        return documents;
    }

    private static Map<String, BigDecimal> appAsMonthlyTotals(int citizen) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        appAsRows(citizen, MONTHLY_TOTALS).forEach(row -> totals.put(row[0], new BigDecimal(row[1])
                .stripTrailingZeros()));
        return totals;
    }

    private static List<String[]> appAsRows(int citizen, String query) {
        return rows(CommandRun.as(SERVER, "app-a", "query", "--pod", SERVER.podRoot(CITIZENS.get(citizen)).toString(),
                "--union", "--format", "csv", "--query", query));
    }

    /** The rows of a query's CSV output, header left out. */
    static List<String[]> rows(CommandRun run) {
        assertSucceeds(run);
        return run.out().lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")).toList();
    }

    private static Map<String, BigDecimal> expectedTotals(Map<YearMonth, BigDecimal> litres) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        litres.forEach((month, sum) -> totals.put(month.toString(), sum.stripTrailingZeros()));
        assertEquals(12, totals.size());
        return totals;
    }

    static String servicePoint(int citizen) {
        return "EAU-69383-" + (100_001 + citizen);
    }

    static void assertSucceeds(CommandRun run) {
        assertEquals(Main.OK, run.exitCode(), run::toString);
    }
}
