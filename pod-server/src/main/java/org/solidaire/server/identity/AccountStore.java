// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * The accounts, the pods and WebIDs they own, and their client credentials, kept in memory and persisted as one
 * JSON file in the data directory, replaced atomically after each change.
 *
 * <p>Reads are lock-free; changes are serialised. A bulk change defers the write to its end with
 * {@link #deferWrites()}, so that provisioning thousands of pods writes the file once, not once per pod.
 */
final class AccountStore {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStore.class);
    private static final int FORMAT = 1;

    /** Writes held back until closed. */
    interface Batch extends AutoCloseable {
        @Override
        void close();
    }

    /** The persisted form. */
    record Snapshot(int format, List<Account> accounts, List<ClientCredential> credentials) {
    }

    private final Path file;
    private final Map<String, Account> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByEmail = new ConcurrentHashMap<>();
    private final Map<String, String> idByPod = new ConcurrentHashMap<>();
    private final Map<String, String> idByWebId = new ConcurrentHashMap<>();
    private final Map<String, ClientCredential> credentials = new ConcurrentHashMap<>();
    private int deferred;
    private boolean dirty;

    private AccountStore(Path file) {
        this.file = file;
    }

    /** Opens the store kept in a file, creating nothing until the first change. */
    static AccountStore open(Path file) throws IOException {
        AccountStore store = new AccountStore(requireNonNull(file, "file"));
        Optional<Snapshot> snapshot = JsonFiles.read(file, Snapshot.class);
        snapshot.ifPresent(s -> {
            s.accounts().forEach(store::index);
            s.credentials().forEach(c -> store.credentials.put(c.clientId(), c));
        });
        LOG.info("Loaded {} accounts and {} client credentials from {}", store.byId.size(),
                store.credentials.size(), file);
        return store;
    }

    /** The normal form of an email address used as a login. */
    static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    Optional<Account> byId(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    Optional<Account> byEmail(String email) {
        return Optional.ofNullable(idByEmail.get(normalizeEmail(email))).map(byId::get);
    }

    Optional<Account> ownerOfPod(String pod) {
        return Optional.ofNullable(idByPod.get(pod)).map(byId::get);
    }

    Optional<Account> ownerOfWebId(String webId) {
        return Optional.ofNullable(idByWebId.get(webId)).map(byId::get);
    }

    Optional<ClientCredential> credential(String clientId) {
        return Optional.ofNullable(credentials.get(clientId));
    }

    List<ClientCredential> credentialsOf(String accountId) {
        return credentials.values().stream().filter(c -> c.accountId().equals(accountId))
                .sorted(Comparator.comparing(ClientCredential::created)).toList();
    }

    int accountCount() {
        return byId.size();
    }

    /**
     * Creates an account.
     *
     * @param passwordHash the password's hash, or null for an account that cannot log in until one is set
     * @throws ProblemException 409 when the email address is already taken
     */
    synchronized Account create(String email, String passwordHash) {
        String normal = normalizeEmail(email);
        if (idByEmail.containsKey(normal)) {
            throw ProblemException.conflict("An account already exists for this email address.")
                    .with("field", "email").with("code", "email.taken");
        }
        Account account = new Account(UUID.randomUUID().toString(), normal, passwordHash, Instant.now(),
                List.of(), List.of());
        index(account);
        persist();
        return account;
    }

    /** The account of an address, created with the given hash when there is none yet. */
    synchronized Account createIfAbsent(String email, String passwordHash) {
        Optional<Account> existing = byEmail(email);
        return existing.isPresent() ? existing.get() : create(email, passwordHash);
    }

    /** Records that an account owns a pod and its WebID. */
    synchronized Account addPod(String accountId, String pod, String webId) {
        Account account = existing(accountId);
        String owner = idByPod.get(pod);
        if (owner != null && !owner.equals(accountId)) {
            throw ProblemException.conflict("The pod name '" + pod + "' is taken.").with("field", "pod");
        }
        if (account.pods().contains(pod)) {
            return account;
        }
        Account changed = account.withPod(pod, webId);
        index(changed);
        persist();
        return changed;
    }

    synchronized Account setPasswordHash(String accountId, String passwordHash) {
        Account changed = existing(accountId).withPasswordHash(requireNonNull(passwordHash, "passwordHash"));
        index(changed);
        persist();
        return changed;
    }

    /** Adds client credentials; 409 when the identifier is taken. */
    synchronized void addCredential(ClientCredential credential) {
        if (credentials.containsKey(credential.clientId())) {
            throw ProblemException.conflict("The client identifier '" + credential.clientId() + "' is taken.")
                    .with("field", "clientId");
        }
        credentials.put(credential.clientId(), credential);
        persist();
    }

    /** Removes client credentials of an account; false when it holds none of that identifier. */
    synchronized boolean removeCredential(String accountId, String clientId) {
        ClientCredential credential = credentials.get(clientId);
        if (credential == null || !credential.accountId().equals(accountId)) {
            return false;
        }
        credentials.remove(clientId);
        persist();
        return true;
    }

    /**
     * Holds back writes of the file until the returned handle is closed, then writes once if anything changed.
     * Handles nest.
     */
    synchronized Batch deferWrites() {
        deferred++;
        return () -> {
            synchronized (AccountStore.this) {
                deferred--;
                if (deferred == 0 && dirty) {
                    persist();
                }
            }
        };
    }

    private Account existing(String accountId) {
        Account account = byId.get(accountId);
        if (account == null) {
            throw ProblemException.notFound("No such account.");
        }
        return account;
    }

    private void index(Account account) {
        byId.put(account.id(), account);
        idByEmail.put(account.email(), account.id());
        account.pods().forEach(pod -> idByPod.put(pod, account.id()));
        account.webIds().forEach(webId -> idByWebId.put(webId, account.id()));
    }

    private void persist() {
        if (deferred > 0) {
            dirty = true;
            return;
        }
        List<Account> accounts = new ArrayList<>(byId.values());
        accounts.sort(Comparator.comparing(Account::created).thenComparing(Account::id));
        List<ClientCredential> creds = new ArrayList<>(credentials.values());
        creds.sort(Comparator.comparing(ClientCredential::created).thenComparing(ClientCredential::clientId));
        try {
            JsonFiles.write(file, new Snapshot(FORMAT, accounts, creds));
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the accounts to " + file, e);
        }
    }
}
