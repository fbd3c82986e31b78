// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dynamically registered clients, persisted as one JSON file replaced atomically after each registration.
 *
 * <p>Registration is open to anyone (Solid apps register themselves from the browser), so the registry keeps at
 * most {@link #MAX_CLIENTS} clients and forgets the oldest beyond that; a forgotten app registers again.
 */
final class ClientRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRegistry.class);
    static final int MAX_CLIENTS = 50_000;

    /** The persisted form. */
    record Snapshot(int format, List<RegisteredClient> clients) {
    }

    private final Path file;
    private final Map<String, RegisteredClient> clients = new ConcurrentHashMap<>();

    private ClientRegistry(Path file) {
        this.file = file;
    }

    static ClientRegistry open(Path file) throws IOException {
        ClientRegistry registry = new ClientRegistry(requireNonNull(file, "file"));
        JsonFiles.read(file, Snapshot.class).ifPresent(s -> s.clients().forEach(c -> registry.clients.put(
                c.clientId(), c)));
        LOG.info("Loaded {} registered clients from {}", registry.clients.size(), file);
        return registry;
    }

    Optional<RegisteredClient> get(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    synchronized void add(RegisteredClient client) {
        clients.put(client.clientId(), client);
        List<RegisteredClient> all = new ArrayList<>(clients.values());
        all.sort(Comparator.comparing(RegisteredClient::created).thenComparing(RegisteredClient::clientId));
        while (all.size() > MAX_CLIENTS) {
            clients.remove(all.remove(0).clientId());
        }
        try {
            JsonFiles.write(file, new Snapshot(1, all));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the registered clients to " + file, e);
        }
    }
}
