// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.solidaire.server.sparql.QueryLimits;

/**
 * How to run a server: where it listens, where it keeps its data, and which optional features it turns on.
 *
 * <pre>{@code
 * ServerOptions options = ServerOptions.builder(Path.of("data")).port(8080).seedFile(Path.of("seed.json")).build();
 * }</pre>
 */
public final class ServerOptions {

    /** The default limit on request bodies: 100 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 100L * 1024 * 1024;

    private final String host;
    private final int port;
    private final Path dataDir;
    private final String baseUrl;
    private final long maxBodyBytes;
    private final Path accessLog;
    private final List<String> openPods;
    private final Path seedFile;
    private final String adminSecret;
    private final boolean signupAllowed;
    private final boolean allowLoopbackFetch;
    private final boolean requireAth;
    private final boolean demo;
    private final QueryLimits queryLimits;
    private final Integer storeShards;

    private ServerOptions(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.dataDir = builder.dataDir;
        String base = builder.baseUrl;
        this.baseUrl = base == null || base.endsWith("/") ? base : base + "/";
        this.maxBodyBytes = builder.maxBodyBytes;
        this.accessLog = builder.accessLog;
        this.openPods = List.copyOf(builder.openPods);
        this.seedFile = builder.seedFile;
        this.adminSecret = builder.adminSecret;
        this.signupAllowed = builder.signupAllowed;
        this.allowLoopbackFetch = builder.allowLoopbackFetch;
        this.requireAth = builder.requireAth;
        this.demo = builder.demo;
        this.queryLimits = builder.queryLimits;
        this.storeShards = builder.storeShards;
    }

    /** Options with every default, over a data directory: port 8080 on the loopback interface. */
    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /**
     * Options for a server on the loopback interface and a free port, for tests and tools: fetching from loopback
     * addresses is allowed, since identity providers and apps under test run there too.
     */
    public static Builder loopback(Path dataDir) {
        return new Builder(dataDir).port(0).allowLoopbackFetch(true);
    }

    /** The address to listen on, such as {@code 127.0.0.1}. */
    public String host() {
        return host;
    }

    /** The port to listen on; 0 picks a free one. */
    public int port() {
        return port;
    }

    /** Where the embedded store and the identity provider keep their files. */
    public Path dataDir() {
        return dataDir;
    }

    /** The public base URL ending with {@code /}; empty to derive {@code http://localhost:PORT/}. */
    public Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** The largest request body accepted; larger ones get 413. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The file of the access log, if any. */
    public Optional<Path> accessLog() {
        return Optional.ofNullable(accessLog);
    }

    /** Pods to create at start-up, open to anyone, for trying the server without an account. */
    public List<String> openPods() {
        return openPods;
    }

    /** The JSON file of accounts and pods to create at start-up when missing. */
    public Optional<Path> seedFile() {
        return Optional.ofNullable(seedFile);
    }

    /** The secret that protects the admin API; empty turns the admin API off. */
    public Optional<String> adminSecret() {
        return Optional.ofNullable(adminSecret);
    }

    /** Whether anyone may sign up for an account. */
    public boolean signupAllowed() {
        return signupAllowed;
    }

    /** Whether outbound fetches (WebID profiles, issuers, client documents) may reach loopback addresses. */
    public boolean allowLoopbackFetch() {
        return allowLoopbackFetch;
    }

    /** Whether DPoP proofs must carry {@code ath}, the hash of the access token (RFC 9449 §4.3). */
    public boolean requireAth() {
        return requireAth;
    }

    /** Whether to create the demo account and pod, with the Lyon persona's data, when missing. */
    public boolean demo() {
        return demo;
    }

    /** What one query to a pod's SPARQL endpoint may cost. */
    public QueryLimits queryLimits() {
        return queryLimits;
    }

    /**
     * How many shards a new data directory spreads its pods over; empty for the number it has, one for a new one.
     */
    public OptionalInt storeShards() {
        return storeShards == null ? OptionalInt.empty() : OptionalInt.of(storeShards);
    }

    /** Builds options; every setter returns the builder. */
    public static final class Builder {

        private final Path dataDir;
        private String host = "127.0.0.1";
        private int port = 8080;
        private String baseUrl;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Path accessLog;
        private List<String> openPods = List.of();
        private Path seedFile;
        private String adminSecret;
        private boolean signupAllowed = true;
        private boolean allowLoopbackFetch;
        private boolean requireAth;
        private boolean demo;
        private QueryLimits queryLimits = QueryLimits.DEFAULT;
        private Integer storeShards;

        private Builder(Path dataDir) {
            this.dataDir = requireNonNull(dataDir, "dataDir");
        }

        public Builder host(String value) {
            this.host = requireNonNull(value, "host");
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        public Builder maxBodyBytes(long value) {
            this.maxBodyBytes = value;
            return this;
        }

        public Builder accessLog(Path value) {
            this.accessLog = value;
            return this;
        }

        public Builder openPods(List<String> value) {
            this.openPods = List.copyOf(value);
            return this;
        }

        public Builder seedFile(Path value) {
            this.seedFile = value;
            return this;
        }

        public Builder adminSecret(String value) {
            this.adminSecret = value;
            return this;
        }

        public Builder signupAllowed(boolean value) {
            this.signupAllowed = value;
            return this;
        }

        public Builder allowLoopbackFetch(boolean value) {
            this.allowLoopbackFetch = value;
            return this;
        }

        public Builder requireAth(boolean value) {
            this.requireAth = value;
            return this;
        }

        public Builder demo(boolean value) {
            this.demo = value;
            return this;
        }

        /** What one query to a pod's SPARQL endpoint may cost; {@link QueryLimits#DEFAULT} by default. */
        public Builder queryLimits(QueryLimits value) {
            this.queryLimits = requireNonNull(value, "queryLimits");
            return this;
        }

        /** How many shards a new data directory gets; an existing one must have as many. */
        public Builder storeShards(int value) {
            this.storeShards = value;
            return this;
        }

        public ServerOptions build() {
            return new ServerOptions(this);
        }
    }
}
