// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * Idempotent provisioning of pods for people, as seeding and the admin API do it: an account, a pod and client
 * credentials are each created when missing, and found otherwise.
 */
final class Provisioning {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);

    /**
     * What became of one request of a bulk provisioning.
     *
     * @param request the pod name asked for
     * @param pod the pod when it exists now, or null when the request failed
     * @param error why the request failed, or null
     */
    record Outcome(String request, ProvisionedPod pod, String error) {
    }

    private static final int PARALLELISM = 16;

    private final Accounts accounts;

    Provisioning(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Provisions one pod; the account, the pod and the credentials are each created only when missing. */
    ProvisionedPod provision(PodRequest request) {
        Accounts.checkEmail(request.email());
        PodLayout.checkName(request.pod());
        AccountStore store = accounts.store();
        Account account = store.byEmail(request.email()).orElseGet(() -> store.createIfAbsent(request.email(),
                request.password() == null || request.password().isEmpty() ? null : accounts.hash(request.password())));
        ProvisionedPod pod = accounts.createPod(account, request.pod(), request.name(), true);
        if (request.clientId() != null) {
            ensureCredential(request, pod);
        }
        return pod;
    }

    /**
     * Provisions many pods, writing the account file once; a failed request does not stop the others.
     *
     * <p>Pods are provisioned several at a time: the store commits concurrent writes together, so that a bulk
     * run costs a fraction of the commits it would one pod after the other.
     */
    List<Outcome> provisionAll(List<PodRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(PARALLELISM, requests.size()));
        try (AccountStore.Batch batch = accounts.store().deferWrites()) {
            List<Future<Outcome>> pending = new ArrayList<>(requests.size());
            for (PodRequest request : requests) {
                pending.add(workers.submit(() -> provisionOne(request)));
            }
            List<Outcome> outcomes = new ArrayList<>(requests.size());
            for (Future<Outcome> outcome : pending) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Provisioning was interrupted", e);
        } catch (ExecutionException e) {
            // Only an Error gets here: provisionOne turns every exception into an outcome.
            throw new IllegalStateException("Provisioning failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private Outcome provisionOne(PodRequest request) {
        try {
            return new Outcome(request.pod(), provision(request), null);
        } catch (ProblemException e) {
            LOG.debug("Provisioning {} failed: {}", request.pod(), e.getMessage());
            return new Outcome(request.pod(), null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Provisioning {} failed", request.pod(), e);
            return new Outcome(request.pod(), null, "The server failed to provision this pod; the failure is logged.");
        }
    }

    private void ensureCredential(PodRequest request, ProvisionedPod pod) {
        Optional<ClientCredential> existing = accounts.store().credential(request.clientId());
        if (existing.isPresent()) {
            if (!existing.get().webId().equals(pod.webId())) {
                throw ProblemException.conflict("The client identifier '" + request.clientId()
                        + "' is bound to another WebID.").with("field", "clientId");
            }
            return;
        }
        Account owner = accounts.store().ownerOfWebId(pod.webId())
                .orElseThrow(() -> new IllegalStateException("a provisioned WebID has an owner"));
        accounts.createCredential(owner, pod.webId(), request.clientId(), request.clientSecret(), "provisioned");
    }
}
