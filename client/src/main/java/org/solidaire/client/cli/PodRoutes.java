// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The routes file of a bulk import: which pod each service point's readings go to. A CSV file in UTF-8 whose
 * header names the columns {@code service_point_id} and {@code pod} (in any order, any case; other columns are
 * ignored), separated by {@code ;} when the header has one and {@code ,} otherwise; one service point per line,
 * with the absolute URL of the citizen's pod root.
 *
 * @param pods the pod root of each service point
 * @param lines the line of the file that routes each service point
 * @param problems what is wrong with the file, one line each, as {@code FILE:LINE: reason}
 */
record PodRoutes(Map<String, URI> pods, Map<String, Long> lines, List<String> problems) {

    static final String SERVICE_POINT = "service_point_id";
    static final String POD = "pod";

    /** Reads a routes file. */
    static PodRoutes read(Path file) throws IOException {
        Map<String, URI> pods = new HashMap<>();
        Map<String, Long> routedOn = new HashMap<>();
        Map<URI, String> servicePointOf = new HashMap<>();
        List<String> problems = new ArrayList<>();
        String header;
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            header = lines.findFirst().orElse("");
        }
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            List<String> names = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            if (!names.contains(SERVICE_POINT) || !names.contains(POD)) {
                problems.add(file + ":1: the header must name the columns " + SERVICE_POINT + " and " + POD);
                return new PodRoutes(Map.of(), Map.of(), problems);
            }
            for (CSVRecord record : parser) {
                route(file, record, pods, routedOn, servicePointOf, problems);
            }
        }
        return new PodRoutes(Map.copyOf(pods), Map.copyOf(routedOn), List.copyOf(problems));
    }

    private static void route(Path file, CSVRecord record, Map<String, URI> pods, Map<String, Long> lines,
            Map<URI, String> servicePointOf, List<String> problems) {
        long line = record.getRecordNumber() + 1;
        String where = file + ":" + line + ": ";
        if (!record.isConsistent()) {
            problems.add(where + "the line has " + record.size() + " values, the header names more or fewer");
            return;
        }
        String point = record.get(SERVICE_POINT);
        String pod = record.get(POD);
        if (point.isEmpty() || pod.isEmpty()) {
            problems.add(where + "both " + SERVICE_POINT + " and " + POD + " need a value");
            return;
        }
        if (lines.containsKey(point)) {
            problems.add(where + "the service point " + point + " is routed on line " + lines.get(point) + " already");
            return;
        }
        URI root;
        try {
            root = podRoot(pod);
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(where + "'" + pod + "' is not the absolute http(s) URL of a pod root");
            return;
        }
        String other = servicePointOf.putIfAbsent(root, point);
        if (other != null) {
            // A pod holds one water service point (water/contract#point), as the readings' documents name it.
            problems.add(where + "the pod " + root + " takes the service point " + other + " on line "
                    + lines.get(other) + " already; a pod takes the water readings of one service point");
            return;
        }
        pods.put(point, root);
        lines.put(point, line);
    }

    /**
     * A pod root as an absolute http(s) URL ending with {@code /}, its scheme and host in lower case and without
     * the scheme's default port (RFC 3986 §6.2.3), so that one pod spelled two ways is one pod.
     */
    static URI podRoot(String text) throws URISyntaxException {
        URI uri = new URI(text.endsWith("/") ? text : text + "/");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("not a pod root: " + text);
        }
        int port = uri.getPort() == (scheme.equals("http") ? 80 : 443) ? -1 : uri.getPort();
        return URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port)
                + uri.getRawPath());
    }
}
