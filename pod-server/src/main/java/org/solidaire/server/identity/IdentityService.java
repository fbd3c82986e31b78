// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.nimbusds.jose.JWSAlgorithm;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.access.PodOwners;
import org.solidaire.server.auth.LocalIdentities;
import org.solidaire.server.net.SafeFetcher;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.ResourceStore;

/**
 * Solidaire's identity: accounts, pods with WebIDs, and a Solid-OIDC OpenID Provider whose issuer is the server's
 * base URL.
 *
 * <p>Put {@link #handler()} before the Solid handler: it answers {@code /.well-known/openid-configuration},
 * {@code /.oidc/}, {@code /.account/} and {@code /.admin/}, and declines every other path.
 *
 * <pre>{@code
 * IdentityService identity = IdentityService.open(IdentityOptions.defaults(baseUrl, dataDir), store, fetcher);
 * identity.seed(Path.of("seed.json"));
 * jetty.setHandler(new Handler.Sequence(identity.handler(), new SolidHandler(store, baseUrl, maxBody)));
 * }</pre>
 *
 * @see <a href="https://solidproject.org/TR/oidc">Solid-OIDC</a>
 */
public final class IdentityService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityService.class);

    private final IdentityOptions options;
    private final IssuerKeys keys;
    private final Accounts accounts;
    private final Provisioning provisioning;
    private final LocalWebIds localIdentities;
    private final DpopProofs dpop;
    private final IdentityHandler handler;
    private final ScheduledExecutorService rotation;

    private IdentityService(IdentityOptions options, IssuerKeys keys, Accounts accounts, LocalWebIds localIdentities,
            DpopProofs dpop, IdentityHandler handler) {
        this.options = options;
        this.keys = keys;
        this.accounts = accounts;
        this.provisioning = new Provisioning(accounts);
        this.localIdentities = localIdentities;
        this.dpop = dpop;
        this.handler = handler;
        this.rotation = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "solidaire-key-rotation");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the identity service over a store, loading or creating its state in the data directory.
     *
     * @param options the base URL, data directory, admin secret and lifetimes
     * @param store where pods are provisioned
     * @param fetcher fetches Client ID Documents, with its timeouts, size limit and address guard
     * @return the service, with its key rotation scheduled
     * @throws IOException when the state files cannot be read or written
     */
    public static IdentityService open(IdentityOptions options, ResourceStore store, SafeFetcher fetcher)
            throws IOException {
        return open(IdentityFiles.load(options), store, fetcher);
    }

    /**
     * Opens the identity service over a store, from state loaded beforehand.
     *
     * @param files the state loaded from the data directory, with the options it was loaded for
     * @param store where pods are provisioned
     * @param fetcher fetches Client ID Documents, with its timeouts, size limit and address guard
     * @return the service, with its key rotation scheduled
     */
    public static IdentityService open(IdentityFiles files, ResourceStore store, SafeFetcher fetcher) {
        requireNonNull(files, "files");
        requireNonNull(store, "store");
        requireNonNull(fetcher, "fetcher");
        IdentityOptions options = files.options();
        String baseUrl = options.baseUrl();
        Accounts accounts = new Accounts(files.accounts(), new PodProvisioner(store, baseUrl), new Passwords(),
                baseUrl);
        Discovery discovery = new Discovery(baseUrl);
        DpopProofs dpop = new DpopProofs(discovery.url(Discovery.TOKEN));
        IdentityHandler handler = new IdentityHandler(parts(options, files.keys(), accounts, files.clients(),
                files.refreshTokens(), discovery, dpop, new Outside(fetcher, store)));
        IdentityService service = new IdentityService(options, files.keys(), accounts,
                new LocalWebIds(store, baseUrl, files.keys()), dpop, handler);
        service.scheduleRotation();
        LOG.info("Identity service ready: issuer {}, {} accounts, admin API {}", baseUrl,
                accounts.store().accountCount(), options.adminSecret() == null ? "off" : "on");
        return service;
    }

    private static IdentityHandler.Parts parts(IdentityOptions options, IssuerKeys keys, Accounts accounts,
            ClientRegistry registry, RefreshTokens refreshTokens, Discovery discovery, DpopProofs dpop,
            Outside outside) {
        String baseUrl = options.baseUrl();
        Pages pages = new Pages(baseUrl);
        Sessions sessions = new Sessions(baseUrl.startsWith("https://"));
        AuthorizationCodes codes = new AuthorizationCodes();
        TokenFactory tokens = new TokenFactory(keys, baseUrl, options.accessTokenLifetime(), JWSAlgorithm.ES256);
        TokenEndpoint token = new TokenEndpoint(discovery.url(Discovery.TOKEN), accounts, registry, dpop, tokens,
                codes, refreshTokens);
        AuthorizationEndpoint authorization = new AuthorizationEndpoint(pages, accounts, sessions, new Interactions(),
                new ClientResolver(outside.fetcher(), registry), codes, discovery, baseUrl);
        return new IdentityHandler.Parts(discovery, keys, token, new RegistrationEndpoint(registry), authorization,
                new LoginPages(pages, accounts, sessions, options.signupAllowed(), baseUrl),
                new AccountPages(pages, accounts, sessions, discovery.url(Discovery.TOKEN).toString()),
                new AccountApi(accounts, sessions, options.signupAllowed(), baseUrl),
                new AdminApi(options.adminSecret(), new Provisioning(accounts), accounts, outside.store(), baseUrl),
                pages);
    }

    /** What the identity service's parts use from outside it: the guarded fetcher and the store. */
    private record Outside(SafeFetcher fetcher, ResourceStore store) {
    }

    /** The handler of the identity paths; it declines (returns false for) every other path. */
    public Handler handler() {
        return handler;
    }

    /** The WebIDs hosted here and this issuer's keys, for the resource server's authentication. */
    public LocalIdentities localIdentities() {
        return localIdentities;
    }

    /** The owner of each pod provisioned here, by the WebID the pod was created with. */
    public PodOwners podOwners() {
        return pod -> accounts.store().ownerOfPod(pod).map(owner -> options.baseUrl() + pod + "/profile/card#me");
    }

    /** The issuer, the base URL exactly as tokens name it. */
    public String issuer() {
        return options.baseUrl();
    }

    /**
     * Creates, when missing, the accounts, pods and client credentials a seed file lists: a JSON array of
     * {@link PodRequest}s. Running it again creates nothing new.
     *
     * @param seedFile the JSON file
     * @throws IOException when the file cannot be read, or names a pod or credentials that belong to someone else
     */
    public void seed(Path seedFile) throws IOException {
        List<PodRequest> requests;
        try {
            requests = JsonFiles.MAPPER.readValue(seedFile.toFile(), new TypeReference<List<PodRequest>>() { });
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("The seed file " + seedFile + " cannot be read: " + e.getMessage(), e);
        }
        List<Provisioning.Outcome> outcomes = provisioning.provisionAll(requests);
        List<String> failures = outcomes.stream().filter(o -> o.error() != null)
                .map(o -> o.request() + ": " + o.error()).toList();
        long created = outcomes.stream().filter(o -> o.pod() != null && o.pod().created()).count();
        LOG.info("Seeded from {}: {} pods, {} created", seedFile, outcomes.size(), created);
        if (!failures.isEmpty()) {
            throw new IOException("The seed file " + seedFile + " could not be applied: " + failures);
        }
    }

    /**
     * Provisions one pod, idempotently: the account, the pod and the client credentials are each created only
     * when missing.
     *
     * @throws ProblemException 400 for an invalid name or address, 409 when the pod or credentials belong to
     *     another account
     */
    public ProvisionedPod createPod(PodRequest request) {
        return provisioning.provision(requireNonNull(request, "request"));
    }

    /** Provisions many pods, each idempotently; a failed one does not stop the others. */
    List<Provisioning.Outcome> provisionAll(List<PodRequest> requests) {
        return provisioning.provisionAll(requests);
    }

    /** Makes new signing keys now; the current ones stay published until their tokens have expired. */
    public void rotateKeys() throws IOException {
        keys.rotate(Instant.now());
    }

    private void scheduleRotation() {
        rotation.scheduleWithFixedDelay(() -> {
            try {
                keys.rotateIfDue(Instant.now(), options.keyRotation());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Issuer key rotation failed; the current keys stay in use", e);
            }
        }, 1, 1, TimeUnit.HOURS);
    }

    @Override
    public void close() {
        rotation.shutdownNow();
        dpop.close();
        LOG.info("Identity service stopped");
    }
}
