// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.solidaire.client.PodClient;
import org.solidaire.client.SolidaireClientException;
import org.solidaire.client.Storage;

/**
 * Checks, before anything is written, that each URL given as a pod root is one: that its server describes it as a
 * storage (Solid Protocol §4.1). A URL inside a pod, such as its {@code water/} container, would otherwise have
 * the documents written a level too deep ({@code water/water/2024-06}). It works for an agent that may only append
 * to a container of the pod.
 *
 * @param answeredAt for each pod root that is one, when its server answered, by the server's clock
 * @param problems for each URL that is not a pod root, why, in a sentence that names it
 */
record PodRootCheck(Map<URI, Optional<Instant>> answeredAt, Map<URI, String> problems) {

    /**
     * Checks pod roots, several at once.
     *
     * @throws SolidaireClientException when a server does not answer at all
     */
    static PodRootCheck of(PodClient client, List<URI> podRoots, int parallel) throws InterruptedException {
        Map<URI, Optional<Instant>> answeredAt = new LinkedHashMap<>();
        Map<URI, String> problems = new LinkedHashMap<>();
        for (Checked checked : Parallel.map(podRoots, parallel, root -> check(client, root))) {
            if (checked.problem() == null) {
                answeredAt.put(checked.podRoot(), checked.answeredAt());
            } else {
                problems.put(checked.podRoot(), checked.problem());
            }
        }
        return new PodRootCheck(answeredAt, problems);
    }

    /**
     * Refuses a URL given as a pod root that is not one, as a usage error that names it.
     *
     * @throws IllegalArgumentException when the URL is not a pod root
     * @throws SolidaireClientException when its server does not answer at all
     */
    static void require(PodClient client, URI podRoot) {
        // A refusal of the request itself, such as credentials the issuer refuses, is the command's failure.
        String problem = problem(podRoot, client.storage(podRoot));
        if (problem != null) {
            throw new IllegalArgumentException(podRoot + " is not a pod root: " + problem);
        }
    }

    /** What the check of one pod root found: when its server answered, or why it is not a pod root. */
    private record Checked(URI podRoot, Optional<Instant> answeredAt, String problem) {
    }

    private static Checked check(PodClient client, URI podRoot) {
        Optional<Storage> storage;
        try {
            storage = client.storage(podRoot);
        } catch (SolidaireClientException e) {
            if (e.status() == 0) {
                throw e;
            }
            return refused(podRoot, Console.describe(e));
        }
        String problem = problem(podRoot, storage);
        return problem == null ? new Checked(podRoot, storage.get().answeredAt(), null) : refused(podRoot, problem);
    }

    /** Why a URL is not the root of the storage its server describes, or null when it is. */
    private static String problem(URI podRoot, Optional<Storage> storage) {
        if (storage.isEmpty()) {
            return "its server describes no storage (pod) there";
        }
        URI root = storage.get().root();
        if (root.equals(podRoot)) {
            return null;
        }
        return (podRoot.toString().startsWith(root.toString()) ? "it is in the pod " : "its server names the pod ")
                + root + "; give that URL instead";
    }

    private static Checked refused(URI podRoot, String why) {
        return new Checked(podRoot, Optional.empty(), podRoot + " is not a pod root: " + why);
    }
}
