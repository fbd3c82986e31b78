// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.solidaire.client.model.Meter;
import org.solidaire.client.model.MeterKind;
import org.solidaire.client.model.Observation;
import org.solidaire.client.model.Provenance;
import org.solidaire.client.model.Quantity;
import org.solidaire.client.model.RdfDescription;
import org.solidaire.client.model.ServiceDomain;
import org.solidaire.client.model.ServicePoint;
import org.solidaire.client.model.WaterReading;
import org.solidaire.shapes.DataType;

/**
 * Groups water rows into the documents of the pods: one per service point and month, at
 * {@code water/<year>-<month>} as in the demo persona, holding the month's daily readings ({@code #<date>}), the
 * service point and the meters they refer to, which are named in {@code water/contract} as the persona names them.
 */
final class WaterDocuments {

    /**
     * The rows of one document: what is kept of an import until a document is asked for, since rows take far less
     * memory than the records and triples made from them.
     */
    record Group(URI pod, String servicePointId, YearMonth month, List<WaterRow> rows) {

        PodDocument document(Provenance provenance, ZoneId zone) {
            return WaterDocuments.document(this, provenance, zone);
        }

        /** The line of the reading a node of the document belongs to, from the date in its fragment. */
        long lineOf(String iri) {
            int hash = iri.indexOf('#');
            String day = hash < 0 || iri.length() < hash + 11 ? "" : iri.substring(hash + 1, hash + 11);
            return rows.stream().filter(row -> row.date().toString().equals(day)).mapToLong(WaterRow::line)
                    .findFirst().orElse(rows.get(0).line());
        }

        /** The same document without the rows of some lines, or nothing when no row is left. */
        Optional<Group> without(Set<Long> excluded) {
            List<WaterRow> kept = rows.stream().filter(row -> !excluded.contains(row.line())).toList();
            return kept.isEmpty() ? Optional.empty() : Optional.of(new Group(pod, servicePointId, month, kept));
        }
    }

    private WaterDocuments() {
    }

    static URI servicePointIri(URI pod) {
        return pod.resolve(DataType.WATER.container() + "contract#point");
    }

    static URI meterIri(URI pod, String serial) {
        return pod.resolve(DataType.WATER.container() + "contract#meter-" + fragment(serial));
    }

    /** Groups the rows by document, in the order of service point and month, each group's rows by date. */
    static List<Group> groups(List<WaterRow> rows, Function<String, Optional<URI>> pods) {
        Map<String, TreeMap<YearMonth, List<WaterRow>>> groups = new TreeMap<>();
        for (WaterRow row : rows) {
            groups.computeIfAbsent(row.servicePointId(), id -> new TreeMap<>())
                    .computeIfAbsent(row.month(), month -> new ArrayList<>()).add(row);
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((point, months) -> {
            URI pod = podRoot(pods.apply(point).orElseThrow());
            months.forEach((month, monthRows) -> result.add(new Group(pod, point, month,
                    monthRows.stream().sorted(Comparator.comparing(WaterRow::date)).toList())));
        });
        return result;
    }

    static PodDocument document(Group group, Provenance provenance, ZoneId zone) {
        String path = DataType.WATER.container() + group.month();
        String document = group.pod().resolve(path).toString();
        URI point = servicePointIri(group.pod());
        List<RdfDescription> resources = new ArrayList<>();
        resources.add(ServicePoint.identified(point, group.servicePointId(), ServiceDomain.WATER));
        Map<String, URI> meters = new TreeMap<>();
        group.rows().forEach(row -> meters.computeIfAbsent(row.meterSerial(), serial -> meterIri(group.pod(), serial)));
        meters.forEach((serial, meter) -> resources.add(Meter.installedAt(meter, MeterKind.WATER, serial, point)));
        for (WaterRow row : group.rows()) {
            URI iri = URI.create(document + "#" + row.date());
            resources.add(reading(iri, point, meters.get(row.meterSerial()), row, zone));
        }
        return new PodDocument(group.pod(), path, group.servicePointId(), resources, provenance);
    }

    private static WaterReading reading(URI iri, URI point, URI meter, WaterRow row, ZoneId zone) {
        Observation day = Observation.daily(iri, point, row.date(), zone, row.method()).withMeter(meter);
        if (row.reason() != null) {
            day = day.withReadingReason(row.reason());
        }
        return WaterReading.of(day, Quantity.litres(row.litres()))
                .withMeterIndex(Quantity.cubicMetres(row.indexCubicMetres()));
    }

    private static URI podRoot(URI pod) {
        return pod.toString().endsWith("/") ? pod : URI.create(pod + "/");
    }

    /** A serial number as an IRI fragment: unreserved characters kept, others percent-encoded in UTF-8. */
    static String fragment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
