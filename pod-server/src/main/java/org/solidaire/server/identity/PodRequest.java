// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

/**
 * A pod to provision for a person, as a seed file or the admin API gives it.
 *
 * <p>JSON form: {@code {"pod":"alice","email":"alice@example.org","password":"...","clientId":"...",
 * "clientSecret":"...","name":"Alice"}}; only {@code pod} and {@code email} are required.
 *
 * @param pod the pod name, its first path segment
 * @param email the login of the owning account, created when missing
 * @param password the account's password when the account is created, or null for an account without one yet
 * @param clientId fixed client credentials bound to the pod's WebID, or null for none
 * @param clientSecret the secret of those client credentials, or null
 * @param name the person's name for the profile, or null
 */
public record PodRequest(String pod, String email, String password, String clientId, String clientSecret,
        String name) {

    public PodRequest {
        if (pod == null || email == null) {
            throw new IllegalArgumentException("each entry needs 'pod', the pod's name, and 'email', the address of "
                    + "the account that owns it; " + (pod == null ? "'pod'" : "'email' (of pod " + pod + ")")
                    + " is missing");
        }
        if ((clientId == null) != (clientSecret == null)) {
            throw new IllegalArgumentException("clientId and clientSecret go together");
        }
    }

    /** A pod with an account and no client credentials. */
    public static PodRequest of(String pod, String email, String password) {
        return new PodRequest(pod, email, password, null, null, null);
    }
}
