// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.solidaire.client.AccessMode;
import org.solidaire.client.PodClient;
import org.solidaire.client.PodSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the yearly water import of {@code bench/import-year.sh} against a running server: the pods file of the
 * citizens and the city's water service, each citizen's grant of Append on their water container to the city
 * (made as that citizen, through the client library), and the year's export with its routes file.
 *
 * <pre>
 * java -cp benchmarks.jar org.solidaire.benchmarks.WaterImportSetup pods   COUNT BASE_URL DIR   (SECRET in env)
 * java -cp benchmarks.jar org.solidaire.benchmarks.WaterImportSetup grants COUNT BASE_URL DIR  (SECRET in env)
 * java -cp benchmarks.jar org.solidaire.benchmarks.WaterImportSetup export COUNT BASE_URL DIR
 * </pre>
 */
public final class WaterImportSetup {

    private static final Logger LOG = LoggerFactory.getLogger(WaterImportSetup.class);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 365;
    private static final int GRANTING_THREADS = 16;

    private WaterImportSetup() {
    }

    /** Runs one step: {@code pods}, {@code grants} or {@code export}, for COUNT citizens of BASE_URL, in DIR. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("Usage: WaterImportSetup pods|grants|export COUNT BASE_URL DIR");
        }
        int count = Integer.parseInt(args[1]);
        String base = args[2].endsWith("/") ? args[2] : args[2] + "/";
        Path dir = Path.of(args[3]);
        String secret = System.getenv().getOrDefault("SECRET", "");
        switch (args[0]) {
            case "pods" -> pods(count, secret, dir.resolve("pods.json"));
            case "grants" -> grants(count, base, secret);
            case "export" -> export(count, base, dir.resolve("export.csv"), dir.resolve("routes.csv"));
            default -> throw new IllegalArgumentException("Unknown step " + args[0]);
        }
        // The HTTP client's idle threads would keep the JVM alive for a minute.
        System.exit(0);
    }

    static String citizen(int i) {
        return String.format(Locale.ROOT, "citizen-%04d", i);
    }

    /** The pods file: every citizen and the city, each with client credentials named after the pod. */
    private static void pods(int count, String secret, Path file) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(citizen(i));
        }
        names.add("city");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                out.write(String.format(Locale.ROOT, "{\"pod\":\"%1$s\",\"email\":\"%1$s@bench.example\","
                        + "\"clientId\":\"%1$s-app\",\"clientSecret\":\"%2$s\"}%3$s%n", name, secret,
                        i < names.size() - 1 ? "," : ""));
            }
            out.write("]\n");
        }
    }

    /** Each citizen, logged in as themself, gives the city Append on their water container. */
    private static void grants(int count, String base, String secret) throws Exception {
        URI city = URI.create(base + "city/profile/card#me");
        ExecutorService workers = Executors.newFixedThreadPool(GRANTING_THREADS);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = citizen(i);
                pending.add(workers.submit(() -> PodClient.of(PodSession.ofClientCredentials(URI.create(base),
                        name + "-app", secret)).accessControl().grant(URI.create(base + name + "/water/"), city,
                        Set.of(AccessMode.APPEND))));
            }
            for (Future<?> grant : pending) {
                grant.get();
            }
        } finally {
            workers.shutdownNow();
        }
        LOG.info("{} citizens gave {} Append on their water container", count, city);
    }

    /**
     * A year of daily readings per citizen, in service point order, with household-like variation and an
     * estimated day now and then; and the routes file that sends each service point to its citizen's pod.
     */
    private static void export(int count, String base, Path export, Path routes) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8);
                BufferedWriter route = Files.newBufferedWriter(routes, StandardCharsets.UTF_8)) {
            out.write("meter_serial;service_point_id;date;index_m3;consumption_l;reading_method;reading_reason\n");
            route.write("service_point_id;pod\n");
            for (int i = 0; i < count; i++) {
                String point = String.format(Locale.ROOT, "EAU-69383-%06d", i);
                route.write(point + ";" + base + citizen(i) + "/\n");
                Random random = new Random(i);
                long index = 100_000L + random.nextInt(900_000);
                for (int day = 0; day < DAYS; day++) {
                    LocalDate date = FIRST_DAY.plusDays(day);
                    long litres = 120 + random.nextInt(200) + (date.getDayOfWeek().getValue() >= 6 ? 60 : 0);
                    index += litres;
                    boolean estimated = random.nextInt(50) == 0;
                    out.write(String.format(Locale.ROOT, "W%07d;%s;%s;%d.%03d;%d;%s%n", i, point, date,
                            index / 1000, index % 1000, litres, estimated ? "estimated;meter-inaccessible"
                            : "actual;"));
                }
            }
        }
        LOG.info("Wrote {} rows for {} citizens to {}", (long) count * DAYS, count, export);
    }
}
