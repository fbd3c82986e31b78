// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * What people and administrators do with accounts: sign up, log in, change a password, create pods and client
 * credentials. Pods are written to the store before the account records them, so that a crash in between leaves
 * a pod that provisioning completes when run again.
 */
final class Accounts {

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final int CLIENT_ID_BYTES = 12;
    private static final int CLIENT_SECRET_BYTES = 32;
    private static final int MAX_FAILURES = 10;

    /** New client credentials, with the secret shown once. */
    record IssuedCredential(ClientCredential credential, String secret) {
    }

    private final AccountStore store;
    private final PodProvisioner provisioner;
    private final Passwords passwords;
    private final String baseUrl;
    /**
     * Secrets that passed an Argon2id check recently, as SHA-256 digests: headless agents ask for tokens often,
     * and a memory-hard hash on each request would make the token endpoint the bottleneck of any load.
     */
    private final Cache<String, byte[]> verifiedSecrets = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();

    /** Failed logins per address in the last quarter hour, to slow down password guessing. */
    private final Cache<String, Integer> failures = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(15)).maximumSize(100_000).build();

    Accounts(AccountStore store, PodProvisioner provisioner, Passwords passwords, String baseUrl) {
        this.store = store;
        this.provisioner = provisioner;
        this.passwords = passwords;
        this.baseUrl = baseUrl;
    }

    AccountStore store() {
        return store;
    }

    /** Creates an account with a password; 400 for a weak password or a malformed address, 409 when taken. */
    Account signUp(String email, String password) {
        checkEmail(email);
        Passwords.checkStrength(password, "password");
        return store.create(email, passwords.hash(password));
    }

    /**
     * The account with this login and password, in the same time whether the login exists or not.
     *
     * @throws ProblemException 429 after {@value #MAX_FAILURES} failures for the address within 15 minutes
     */
    Optional<Account> logIn(String email, String password) {
        String key = email == null ? "" : AccountStore.normalizeEmail(email);
        Integer failed = failures.getIfPresent(key);
        if (failed != null && failed >= MAX_FAILURES) {
            throw ProblemException.of(429, "Too Many Requests", "Too many failed logins; try again later.")
                    .with("code", "login.throttled").with("field", "email").withHeader("Retry-After", "900");
        }
        Optional<Account> account = email == null ? Optional.empty() : store.byEmail(email);
        if (account.isEmpty()) {
            passwords.spendCheck(password);
        } else if (passwords.matches(password, account.get().passwordHash())) {
            failures.invalidate(key);
            return account;
        }
        failures.asMap().merge(key, 1, Integer::sum);
        return Optional.empty();
    }

    /** Refuses a pod name that is malformed or taken, before an account is created for it. */
    void checkPodAvailable(String podName) {
        String pod = PodLayout.checkName(podName);
        if (store.ownerOfPod(pod).isPresent() || provisioner.exists(pod)) {
            throw ProblemException.conflict("The pod name '" + pod + "' is taken.")
                    .with("field", "pod").with("code", "pod.taken");
        }
    }

    /** Replaces a password after checking the current one; 400 when it does not match or the new one is weak. */
    void changePassword(String accountId, String current, String next) {
        Account account = store.byId(accountId).orElseThrow(() -> ProblemException.notFound("No such account."));
        if (!passwords.matches(current, account.passwordHash())) {
            throw ProblemException.badRequest("The current password is wrong.")
                    .with("field", "currentPassword").with("code", "password.wrong");
        }
        Passwords.checkStrength(next, "newPassword");
        store.setPasswordHash(accountId, passwords.hash(next));
        LOG.info("Account {} changed its password", accountId);
    }

    /**
     * Creates a pod for an account.
     *
     * @param adopt whether a pod that exists without an owner, left by an earlier, interrupted provisioning of it,
     *     may be finished; people signing up may not
     * @return the pod, created or found
     */
    ProvisionedPod createPod(Account account, String podName, String name, boolean adopt) {
        String pod = PodLayout.checkName(podName);
        Optional<Account> owner = store.ownerOfPod(pod);
        PodLayout layout = PodLayout.of(baseUrl, pod);
        if (owner.isPresent()) {
            if (!owner.get().id().equals(account.id())) {
                throw ProblemException.conflict("The pod name '" + pod + "' is taken.")
                        .with("field", "pod").with("code", "pod.taken");
            }
            return provisioned(layout, account, false);
        }
        if (provisioner.exists(pod) && !(adopt && provisioner.adoptable(pod))) {
            throw ProblemException.conflict("The pod name '" + pod + "' is taken.")
                    .with("field", "pod").with("code", "pod.taken");
        }
        provisioner.provision(pod, name);
        Account updated = store.addPod(account.id(), pod, layout.webId());
        LOG.info("Created the pod {} for account {}", layout.storage(), account.id());
        return provisioned(layout, updated, true);
    }

    /**
     * Creates client credentials for a WebID of an account.
     *
     * @param clientId a fixed identifier, or null to draw one
     * @param secret a fixed secret, or null to draw one
     */
    IssuedCredential createCredential(Account account, String webId, String clientId, String secret, String name) {
        if (!account.webIds().contains(webId)) {
            throw ProblemException.badRequest("The WebID " + webId + " is not one of this account's.")
                    .with("field", "webId");
        }
        String id = clientId != null ? clientId : Passwords.random(CLIENT_ID_BYTES);
        String value = secret != null ? secret : Passwords.random(CLIENT_SECRET_BYTES);
        if (id.isBlank() || value.isBlank()) {
            throw ProblemException.badRequest("Client identifiers and secrets must not be blank.");
        }
        ClientCredential credential = new ClientCredential(id, passwords.hash(value), webId, account.id(),
                name == null ? "" : name, Instant.now());
        store.addCredential(credential);
        LOG.info("Created client credentials {} for {}", id, webId);
        return new IssuedCredential(credential, value);
    }

    /** Removes client credentials of an account; false when it has none of that identifier. */
    boolean removeCredential(Account account, String clientId) {
        verifiedSecrets.invalidate(clientId);
        return store.removeCredential(account.id(), clientId);
    }

    /** The client credentials with this identifier and secret, when they match. */
    Optional<ClientCredential> authenticateClient(String clientId, String secret) {
        Optional<ClientCredential> credential = store.credential(clientId);
        if (credential.isEmpty() || secret == null) {
            passwords.spendCheck(secret);
            return Optional.empty();
        }
        byte[] digest = Digests.sha256(secret);
        byte[] known = verifiedSecrets.getIfPresent(clientId);
        if (known != null && MessageDigest.isEqual(known, digest)) {
            return credential;
        }
        if (!passwords.matches(secret, credential.get().secretHash())) {
            return Optional.empty();
        }
        verifiedSecrets.put(clientId, digest);
        return credential;
    }

    /** Hashes a password outside of any lock, for bulk provisioning. */
    String hash(String password) {
        return passwords.hash(password);
    }

    ProvisionedPod provisioned(PodLayout layout, Account account, boolean created) {
        return new ProvisionedPod(layout.pod(), layout.webId(), layout.iri(layout.storage()), account.email(),
                created);
    }

    static void checkEmail(String email) {
        if (email == null || email.length() > 254 || !email.trim().matches("[^@\\s]+@[^@\\s]+")) {
            throw ProblemException.badRequest("The email address is not valid.")
                    .with("field", "email").with("code", "email.invalid");
        }
    }
}
