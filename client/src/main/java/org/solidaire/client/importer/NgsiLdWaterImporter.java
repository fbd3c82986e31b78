// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.solidaire.client.model.Granularity;
import org.solidaire.client.model.Observation;
import org.solidaire.client.model.Provenance;
import org.solidaire.client.model.Quantity;
import org.solidaire.client.model.RdfDescription;
import org.solidaire.client.model.ReadingMethod;
import org.solidaire.client.model.Unit;
import org.solidaire.client.model.WaterReading;
import org.solidaire.shapes.DataType;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.shapes.ValidationEntry;

/**
 * Turns Smart Data Models {@code WaterConsumptionObserved} entities into water readings ({@code import ngsi-ld}),
 * with JSON-LD contexts bundled in this jar and never fetched.
 *
 * <p>The model's {@code waterConsumption} is the meter's index, the total that has gone through it, so one entity
 * makes no reading: two snapshots of the same entity do, the consumption being the rise of the index between their
 * {@code observedAt} times. The interval must be one of the vocabulary's granularities (half an hour, an hour, a day,
 * a month, a year); the reading is an actual one, made by the {@code observedBy} device. Attributes with no
 * counterpart in the vocabulary (alarms, flows, location...) are returned as {@link UnmappedTerm}s.
 *
 * <pre>{@code
 * NgsiLdImport result = NgsiLdWaterImporter.with(NgsiLdOptions.forPod(cityWebId, podRoot, exportedAt))
 *         .read(List.of(yesterday, today));
 * }</pre>
 */
public final class NgsiLdWaterImporter {

    private static final DateTimeFormatter TIME_FRAGMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");
    private static final BigDecimal LITRES_PER_CUBIC_METRE = BigDecimal.valueOf(1000);

    private final NgsiLdOptions options;

    private NgsiLdWaterImporter(NgsiLdOptions options) {
        this.options = options;
    }

    /**
     * Makes an importer.
     *
     * @param options where the readings go and who returns them
     * @return the importer
     */
    public static NgsiLdWaterImporter with(NgsiLdOptions options) {
        return new NgsiLdWaterImporter(requireNonNull(options, "options"));
    }

    /**
     * Imports payloads, each an entity or an array of entities, in JSON or JSON-LD, normalized or key-values.
     *
     * @param payloads the payloads' bytes, in UTF-8
     * @return the snapshots, readings as documents, unmapped attributes and problems
     */
    public NgsiLdImport read(List<byte[]> payloads) {
        MessageDigest sha256 = ImportRuns.sha256();
        NgsiLdImport.Builder found = new NgsiLdImport.Builder();
        NgsiLdEntities entities = new NgsiLdEntities(found);
        for (int i = 0; i < payloads.size(); i++) {
            sha256.update(payloads.get(i));
            entities.read(payloads.get(i), i + 1);
        }
        Provenance provenance = ImportRuns.of(sha256.digest(), options.agent(), options.exportedAt());
        List<PodDocument> documents = documents(readings(found), provenance, found);
        return found.build(provenance.importRun(), documents);
    }

    private List<WaterReading> readings(NgsiLdImport.Builder found) {
        Map<String, List<MeterSnapshot>> byEntity = new TreeMap<>();
        for (MeterSnapshot snapshot : found.snapshots()) {
            if (snapshot.observedAt() == null) {
                found.problem(RowProblem.at(0, "observedAt", "The index of " + snapshot.entityId() + " has no "
                        + "observation time, so no consumption can be computed from it"));
            } else {
                byEntity.computeIfAbsent(snapshot.entityId(), id -> new ArrayList<>()).add(snapshot);
            }
        }
        if (byEntity.size() > 1) {
            found.problem(RowProblem.ofRow(0, "The entities " + byEntity.keySet() + " would share one pod; "
                    + "a pod takes the water readings of one service point"));
        }
        List<WaterReading> readings = new ArrayList<>();
        byEntity.values().forEach(snapshots -> readings.addAll(readings(snapshots, found)));
        return readings;
    }

    private List<WaterReading> readings(List<MeterSnapshot> snapshots, NgsiLdImport.Builder found) {
        List<MeterSnapshot> sorted = snapshots.stream().sorted(Comparator.comparing(MeterSnapshot::observedAt))
                .toList();
        if (sorted.size() < 2) {
            found.problem(RowProblem.ofRow(0, "Only one index of " + sorted.get(0).entityId() + " was given: a "
                    + "consumption needs the index at the start of the period too"));
        }
        List<WaterReading> readings = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            reading(sorted.get(i - 1), sorted.get(i), found).ifPresent(readings::add);
        }
        return readings;
    }

    private Optional<WaterReading> reading(MeterSnapshot before, MeterSnapshot after, NgsiLdImport.Builder found) {
        ZonedDateTime start = before.observedAt().atZoneSameInstant(options.zone());
        ZonedDateTime end = after.observedAt().atZoneSameInstant(options.zone());
        Optional<Granularity> granularity = granularity(start, end);
        BigDecimal litres = litres(after.index()).subtract(litres(before.index()));
        if (granularity.isEmpty() || litres.signum() < 0) {
            found.problem(RowProblem.ofRow(0, "No reading of " + after.entityId() + " from " + start + " to " + end
                    + (litres.signum() < 0 ? ": the index goes backwards" : ": the interval is no granularity of the "
                    + "vocabulary (half an hour, an hour, a day, a month, a year)")));
            return Optional.empty();
        }
        URI document = options.podRoot().resolve(DataType.WATER.container() + YearMonth.from(start));
        boolean wholeDay = granularity.get() == Granularity.DAILY && start.toLocalTime().equals(LocalTime.MIDNIGHT);
        URI iri = URI.create(document + "#"
                + (wholeDay ? start.toLocalDate().toString() : TIME_FRAGMENT.format(start)));
        Observation observation = Observation.over(iri, options.servicePoint(), start.toOffsetDateTime(),
                end.toOffsetDateTime(), granularity.get(), ReadingMethod.ACTUAL);
        if (after.sensor() != null) {
            observation = observation.withMeter(after.sensor());
        }
        return Optional.of(WaterReading.of(observation, Quantity.litres(litres)).withMeterIndex(after.index()));
    }

    private static Optional<Granularity> granularity(ZonedDateTime start, ZonedDateTime end) {
        Duration length = Duration.between(start, end);
        if (length.equals(Duration.ofMinutes(30))) {
            return Optional.of(Granularity.HALF_HOURLY);
        }
        if (length.equals(Duration.ofHours(1))) {
            return Optional.of(Granularity.HOURLY);
        }
        if (start.plusDays(1).equals(end)) {
            return Optional.of(Granularity.DAILY);
        }
        if (start.plusMonths(1).equals(end)) {
            return Optional.of(Granularity.MONTHLY);
        }
        return start.plusYears(1).equals(end) ? Optional.of(Granularity.YEARLY) : Optional.empty();
    }

    private static BigDecimal litres(Quantity index) {
        return index.unit() == Unit.CUBIC_METRE ? index.value().multiply(LITRES_PER_CUBIC_METRE) : index.value();
    }

    private List<PodDocument> documents(List<WaterReading> readings, Provenance provenance,
            NgsiLdImport.Builder found) {
        Map<String, List<RdfDescription>> byPath = new TreeMap<>();
        for (WaterReading reading : readings) {
            String iri = reading.iri().toString();
            String path = iri.substring(options.podRoot().toString().length(), iri.indexOf('#'));
            byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(reading);
        }
        List<PodDocument> documents = new ArrayList<>();
        String entity = found.snapshots().isEmpty() ? "" : found.snapshots().get(0).entityId();
        byPath.forEach((path, resources) -> {
            PodDocument document = new PodDocument(options.podRoot(), path, entity, resources, provenance);
            for (ValidationEntry violation : ShapeValidator.standard().validate(document.graph(), options.locale())
                    .violations()) {
                found.problem(RowProblem.ofRow(0, "The shapes refuse " + violation.focusNode() + ": "
                        + violation.message()));
            }
            documents.add(document);
        });
        return documents;
    }
}
