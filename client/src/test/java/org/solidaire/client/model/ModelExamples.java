// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One record of every kind, with every optional component set, placed in a pod at {@link #POD}. */
final class ModelExamples {

    static final String POD = "https://pod.example/camille/";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ModelExamples() {
    }

    static URI iri(String relative) {
        return URI.create(POD + relative);
    }

    static WaterReading water() {
        Observation day = Observation.daily(iri("water/2024-06#2024-06-01"), iri("water/contract#point"),
                LocalDate.of(2024, 6, 1), PARIS, ReadingMethod.ESTIMATED)
                .withMeter(iri("water/contract#meter-2016")).withContract(iri("water/contract#contract"))
                .withResultTime(OffsetDateTime.parse("2024-06-02T02:00:00+02:00"))
                .withReadingReason(ReadingReason.TRANSMISSION_FAILURE)
                .withCost(MonetaryAmount.euros(new BigDecimal("1.30")));
        return WaterReading.of(day, Quantity.litres(new BigDecimal("317.0")))
                .withMeterIndex(Quantity.cubicMetres(new BigDecimal("1203.829")));
    }

    static ElectricityReading electricity() {
        Observation month = Observation.over(iri("energy/electricity#2024-06-peak"),
                iri("energy/contracts#electricity-point"), OffsetDateTime.parse("2024-06-01T00:00:00+02:00"),
                OffsetDateTime.parse("2024-07-01T00:00:00+02:00"), Granularity.MONTHLY, ReadingMethod.ACTUAL)
                .withMeter(iri("energy/contracts#electricity-meter"));
        return ElectricityReading.of(month, Quantity.kilowattHours(new BigDecimal("127.0")), TariffPeriod.PEAK_HOURS);
    }

    static GasReading gas() {
        Observation month = Observation.over(iri("energy/gas#2024-06"), iri("energy/contracts#gas-point"),
                OffsetDateTime.parse("2024-06-01T00:00:00+02:00"), OffsetDateTime.parse("2024-07-01T00:00:00+02:00"),
                Granularity.MONTHLY, ReadingMethod.ACTUAL).withMeter(iri("energy/contracts#gas-meter"))
                .withCost(MonetaryAmount.euros(new BigDecimal("21.92")));
        return GasReading.of(month, Quantity.kilowattHours(new BigDecimal("175.3")),
                Quantity.cubicMetres(new BigDecimal("15.6")), new BigDecimal("11.24"));
    }

    static HeatReading heat() {
        Observation season = Observation.over(iri("energy/heating-2024-2025#statement"),
                iri("energy/contracts#heat-point"), OffsetDateTime.parse("2024-07-01T00:00:00+02:00"),
                OffsetDateTime.parse("2025-07-01T00:00:00+02:00"), Granularity.YEARLY, ReadingMethod.ACTUAL)
                .withMeter(iri("energy/contracts#heat-meter")).withReadingReason(ReadingReason.SCHEDULED);
        return HeatReading.of(season, new Quantity(new BigDecimal("5.42"), Unit.MEGAWATT_HOUR));
    }

    static Meter meter() {
        return Meter.installedAt(iri("water/contract#meter-2016"), MeterKind.WATER, "I16BA012345",
                iri("water/contract#point")).withDates(LocalDate.of(2016, 3, 8), LocalDate.of(2024, 11, 14));
    }

    static ServicePoint servicePoint() {
        return ServicePoint.identified(iri("water/contract#point"), "EAU-69383-004217", ServiceDomain.WATER)
                .withAddress(iri("housing/dwelling#address"));
    }

    static SupplyContract contract() {
        return SupplyContract.started(iri("energy/contracts#electricity"), "ELEC-3003948211",
                URI.create("https://electricite.example/#distributor"), ServiceDomain.ELECTRICITY,
                LocalDate.of(2019, 9, 1)).withServicePoint(iri("energy/contracts#electricity-point"))
                .withHolder(iri("profile/card#me")).endedOn(LocalDate.of(2025, 8, 31))
                .withTariffOption(TariffOption.PEAK_OFF_PEAK);
    }

    static Trip trip() {
        return Trip.departing(iri("mobility/trips-2025-w10#trip-01"), OffsetDateTime.parse("2025-03-03T08:05:00+01:00"),
                TransportMode.METRO, Place.named("Saxe - Gambetta"), Place.named("Gare de Vaise"))
                .arriving(OffsetDateTime.parse("2025-03-03T08:31:00+01:00"))
                .withDistance(Quantity.kilometres(new BigDecimal("6.4"))).withPurpose(TripPurpose.WORK)
                .withCo2Emission(Quantity.grams(new BigDecimal("26.0")));
    }

    static TransportSubscription subscription() {
        return TransportSubscription.valid(iri("mobility/subscription-2025#pass"), SubscriptionType.ANNUAL_PASS,
                URI.create("https://transports.metropole.example/#operator"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)).withCost(MonetaryAmount.euros(new BigDecimal("708.00")));
    }

    static CitizenProfile profile() {
        return CitizenProfile.named(iri("profile/card#me"), "Camille", "Martin", "fr")
                .withName("Camille Martin", "fr").bornOn(LocalDate.of(1987, 4, 12))
                .livingAt(iri("housing/dwelling#address"), iri("housing/dwelling#home"))
                .withEmail(URI.create("mailto:camille.martin@example.org"));
    }
}
