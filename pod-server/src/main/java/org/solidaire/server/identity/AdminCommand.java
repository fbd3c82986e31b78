// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.solidaire.server.net.FetchPolicy;
import org.solidaire.server.net.SafeFetcher;
import org.solidaire.server.store.tdb2.ShardedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code create-pods} admin command: provisions the pods a JSON file lists (an array of {@link PodRequest}),
 * idempotently, either through a running server's admin API or directly in a stopped server's data directory.
 *
 * <pre>
 * pod-server create-pods --server https://pods.example/ citizens.json      (secret in SOLIDAIRE_ADMIN_SECRET)
 * pod-server create-pods --data-dir ./data --base-url https://pods.example/ citizens.json
 * </pre>
 */
@Command(name = "create-pods", mixinStandardHelpOptions = true,
        description = "Creates the pods, accounts and client credentials a JSON file lists, skipping existing ones.")
public final class AdminCommand implements Callable<Integer> {

    /** The environment variable holding the admin secret, kept out of the command line and shell history. */
    public static final String SECRET_VARIABLE = "SOLIDAIRE_ADMIN_SECRET";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "JSON array of {pod, email, password?, "
            + "clientId?, clientSecret?, name?}.")
    private Path file;

    @Option(names = "--server", paramLabel = "URL",
            description = "Base URL of a running server; its admin API is used with the secret from $"
                    + SECRET_VARIABLE + ".")
    private URI server;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of a stopped server, written directly (with --base-url).")
    private Path dataDir;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public base URL of that server.")
    private String baseUrl;

    @Option(names = "--store-shards", paramLabel = "N",
            description = "With --data-dir: how many store shards a new data directory gets (as the server's "
                    + "option of the same name); an existing one keeps its number.")
    private Integer storeShards;

    @Option(names = "--batch-size", defaultValue = "500",
            description = "Pods per admin API request (default: ${DEFAULT-VALUE}, at most " + AdminApi.MAX_BATCH + ").")
    private int batchSize;

    @Override
    public Integer call() throws Exception {
        List<PodRequest> requests = JsonFiles.MAPPER.readValue(file.toFile(), new TypeReference<>() { });
        PrintWriter out = spec.commandLine().getOut();
        if (server != null) {
            return remote(requests, out);
        }
        if (dataDir == null || baseUrl == null) {
            spec.commandLine().getErr().println("Give either --server, or --data-dir with --base-url.");
            return 2;
        }
        return local(requests, out);
    }

    private int remote(List<PodRequest> requests, PrintWriter out) throws IOException, InterruptedException {
        String secret = System.getenv(SECRET_VARIABLE);
        if (secret == null || secret.isBlank()) {
            spec.commandLine().getErr().println("Set the admin secret in $" + SECRET_VARIABLE + ".");
            return 2;
        }
        String base = server.toString().endsWith("/") ? server.toString() : server + "/";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int failed = 0;
        int size = Math.max(1, Math.min(batchSize, AdminApi.MAX_BATCH));
        for (int from = 0; from < requests.size(); from += size) {
            List<PodRequest> batch = requests.subList(from, Math.min(requests.size(), from + size));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + ".admin/pods"))
                    .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + secret)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JsonFiles.MAPPER.writeValueAsBytes(batch))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                spec.commandLine().getErr().println("The server answered " + response.statusCode() + ": "
                        + response.body());
                return 1;
            }
            JsonNode summary = JsonFiles.MAPPER.readTree(response.body());
            failed += summary.path("failed").asInt();
            summary.path("results").forEach(result -> out.println(result.path("pod").asText() + "\t"
                    + result.path("status").asText() + "\t" + result.path("webId").asText(
                    result.path("error").asText())));
        }
        return failed == 0 ? 0 : 1;
    }

    private int local(List<PodRequest> requests, PrintWriter out) throws IOException {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Files.createDirectories(dataDir);
        try (ShardedStore store = ShardedStore.open(dataDir, base,
                storeShards == null ? OptionalInt.empty() : OptionalInt.of(storeShards));
                SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(false));
                IdentityService identity = IdentityService.open(IdentityOptions.defaults(base, dataDir), store,
                        fetcher)) {
            int failed = 0;
            for (Provisioning.Outcome outcome : identity.provisionAll(requests)) {
                failed += outcome.error() == null ? 0 : 1;
                out.println(outcome.request() + "\t" + (outcome.pod() == null ? "failed\t" + outcome.error()
                        : (outcome.pod().created() ? "created" : "exists") + "\t" + outcome.pod().webId()));
            }
            return failed == 0 ? 0 : 1;
        }
    }
}
