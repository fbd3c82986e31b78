// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sys.JenaSystem;
import org.solidaire.server.identity.AdminCommand;
import org.solidaire.server.sparql.QueryLimits;
import org.solidaire.server.store.tdb2.ShardedStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The command line of the pod server. */
@Command(name = "pod-server", mixinStandardHelpOptions = true, version = "Solidaire pod server 0.1.0",
        description = "Runs a Solid pod server on the embedded store.", sortOptions = false,
        subcommands = AdminCommand.class)
public final class Main implements Callable<Integer> {

    static {
        // Before anything initialises Jena.
        SystemProperties.set();
    }

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    private String host;

    @Option(names = "--data-dir", defaultValue = "./data",
            description = "Directory of the embedded store (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--base-url",
            description = "Public base URL of the server, ending with '/' (default: http://localhost:PORT/).")
    private String baseUrl;

    @Option(names = "--max-body-size", defaultValue = "104857600",
            description = "Largest request body accepted, in bytes; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private long maxBodyBytes;

    @Option(names = "--access-log",
            description = "File to append the access log to (default: access.log in the data directory).")
    private Path accessLog;

    @Option(names = "--pod", paramLabel = "NAME",
            description = "Create this pod at start-up if it does not exist, open to anyone (for trying the server); "
                    + "may be repeated.")
    private List<String> pods = new ArrayList<>();

    @Option(names = "--demo",
            description = "Create the demo pod 'demo' (Camille Martin of Lyon, her water, energy, housing, mobility "
                    + "and consent data) and its account, when missing.")
    private boolean demo;

    @Option(names = "--seed", paramLabel = "FILE",
            description = "JSON array of accounts and pods to create at start-up when missing: "
                    + "[{\"pod\", \"email\", \"password\", \"clientId\", \"clientSecret\"}].")
    private Path seedFile;

    @Option(names = "--admin-secret-file", paramLabel = "FILE",
            description = "File holding the secret of the admin API (/.admin/); or set SOLIDAIRE_ADMIN_SECRET. "
                    + "Without either, the admin API is off.")
    private Path adminSecretFile;

    @Option(names = "--no-signup", negatable = false,
            description = "Refuse new accounts from the sign-up page and API (pods then come from --seed or the "
                    + "admin API).")
    private boolean noSignup;

    @Option(names = "--allow-loopback-fetch",
            description = "Let the server fetch WebID profiles, issuers and client documents from loopback "
                    + "addresses (for development and tests; private addresses stay refused).")
    private boolean allowLoopbackFetch;

    @Option(names = "--require-ath",
            description = "Refuse DPoP proofs without ath, the access token hash (RFC 9449 wants it; some clients "
                    + "send none).")
    private boolean requireAth;

    @Option(names = "--sparql-timeout", defaultValue = "10",
            description = "Longest a query to a pod's SPARQL endpoint may run, in seconds; longer ones are stopped "
                    + "with 503 (default: ${DEFAULT-VALUE}).")
    private long sparqlTimeoutSeconds;

    @Option(names = "--sparql-max-results", defaultValue = "100000",
            description = "Most rows or triples a query to a pod's SPARQL endpoint may return; more get 422 "
                    + "(default: ${DEFAULT-VALUE}).")
    private long sparqlMaxResults;

    @Option(names = "--store-shards", paramLabel = "N",
            description = "Spread the pods of a new data directory over N databases, each written by its own thread, "
                    + "for imports on several cores (1 to " + ShardedStore.MAX_SHARDS + "; default: 1). An existing "
                    + "data directory keeps the number it was created with.")
    private Integer storeShards;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maxBodyBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-body-size must be a positive number of bytes, "
                    + "not " + maxBodyBytes);
        }
        if (storeShards != null && (storeShards < 1 || storeShards > ShardedStore.MAX_SHARDS)) {
            throw new ParameterException(spec.commandLine(), "--store-shards must be between 1 and "
                    + ShardedStore.MAX_SHARDS + ", not " + storeShards);
        }
        Path log = accessLog != null ? accessLog : dataDir.resolve("access.log");
        Files.createDirectories(dataDir);
        ServerOptions.Builder builder = ServerOptions.builder(dataDir).host(host).port(port).baseUrl(baseUrl)
                .maxBodyBytes(maxBodyBytes).accessLog(log).openPods(pods).seedFile(seedFile)
                .adminSecret(adminSecret()).signupAllowed(!noSignup).allowLoopbackFetch(allowLoopbackFetch)
                .requireAth(requireAth).demo(demo)
                .queryLimits(new QueryLimits(Duration.ofSeconds(sparqlTimeoutSeconds), sparqlMaxResults));
        ServerOptions options = storeShards == null ? builder.build() : builder.storeShards(storeShards).build();
        SolidServer server = SolidServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "solidaire-shutdown"));
        server.join();
        return 0;
    }

    private String adminSecret() throws IOException {
        if (adminSecretFile != null) {
            return Files.readString(adminSecretFile).trim();
        }
        String fromEnvironment = System.getenv("SOLIDAIRE_ADMIN_SECRET");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.trim();
    }

    /** The command line of the server, with its subcommands, as {@link #main} runs it. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(Main::startFailed);
    }

    /**
     * A server that cannot start for a reason the operator can act on (a data directory made for another base URL
     * or number of shards, a port in use) says so in one line; anything else keeps its stack trace.
     */
    private static int startFailed(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (e instanceof IOException) {
            command.getErr().println("pod-server: " + e.getMessage());
            return 1;
        }
        throw e;
    }

    /** Starts the server with the command-line options; {@code --help} lists them. */
    public static void main(String[] args) {
        // Initialising Jena is the longest step of a server's start and needs nothing from the command line: it
        // runs while the command line is parsed, and SolidServer waits for it before it opens the store.
        Thread jena = new Thread(JenaSystem::init, "solidaire-jena-init");
        jena.setDaemon(true);
        jena.start();
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
