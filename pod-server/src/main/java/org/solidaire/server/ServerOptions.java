// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run a server.
 *
 * @param host the address to listen on, such as {@code 127.0.0.1}
 * @param port the port to listen on; 0 picks a free one
 * @param dataDir where the embedded store keeps its files
 * @param baseUrl the public base URL ending with {@code /}, or null to derive {@code http://localhost:PORT/}
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param accessLog the file of the access log, or null for none
 * @param pods the names of pods to create at start-up when they do not exist
 */
public record ServerOptions(String host, int port, Path dataDir, String baseUrl, long maxBodyBytes, Path accessLog,
        List<String> pods) {

    /** The default limit on request bodies: 100 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 100L * 1024 * 1024;

    public ServerOptions {
        requireNonNull(host, "host");
        requireNonNull(dataDir, "dataDir");
        pods = List.copyOf(pods);
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** Options for a server on the loopback interface and a free port, for tests and tools. */
    public static ServerOptions loopback(Path dataDir) {
        return new ServerOptions("127.0.0.1", 0, dataDir, null, DEFAULT_MAX_BODY_BYTES, null, List.of());
    }

    /** These options with other pods to create at start-up. */
    public ServerOptions withPods(List<String> names) {
        return new ServerOptions(host, port, dataDir, baseUrl, maxBodyBytes, accessLog, names);
    }

    /** These options with another body limit. */
    public ServerOptions withMaxBodyBytes(long limit) {
        return new ServerOptions(host, port, dataDir, baseUrl, limit, accessLog, pods);
    }
}
