// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.solidaire.server.problem.ProblemException;

/**
 * Where the resources of a pod live, as server paths such as {@code /alice/profile/card}, and their IRIs.
 *
 * @param baseUrl the public base URL, ending with {@code /}
 * @param pod the pod's name, its first path segment
 */
record PodLayout(String baseUrl, String pod) {

    /** Lower-case letters, digits and inner hyphens: a name that also fits a DNS label, should pods move there. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    /** Names a pod must not take: the server's own paths and names people would mistake for the server's. */
    private static final Set<String> RESERVED = Set.of("ns", "admin", "account", "oidc", "well-known", "idp", "api",
            "static", "login", "logout", "register", "signup", "setup", "robots.txt", "favicon.ico");

    /** The layout of a pod, after checking its name. */
    static PodLayout of(String baseUrl, String pod) {
        return new PodLayout(baseUrl, checkName(pod));
    }

    /**
     * Checks a pod name given by a person or a seed file.
     *
     * @return the name, lower-cased
     * @throws ProblemException 400 when it is not a valid pod name
     */
    static String checkName(String pod) {
        if (pod == null || pod.isBlank()) {
            throw ProblemException.badRequest("A pod name is needed: give one in the field 'pod', 1 to 63 lower-case "
                    + "letters, digits or inner hyphens.").with("field", "pod").with("code", "pod.missing");
        }
        String name = pod.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw ProblemException.badRequest("The pod name '" + pod + "' is not allowed: use 1 to 63 lower-case "
                    + "letters, digits or inner hyphens, and not a reserved name.")
                    .with("field", "pod").with("code", "pod.invalid");
        }
        return name;
    }

    String storage() {
        return "/" + pod + "/";
    }

    String rootAcl() {
        return storage() + ".acl";
    }

    String profile() {
        return storage() + "profile/card";
    }

    String webId() {
        return iri(profile()) + "#me";
    }

    String inbox() {
        return storage() + "inbox/";
    }

    String preferences() {
        return storage() + "settings/prefs.ttl";
    }

    String publicTypeIndex() {
        return storage() + "settings/publicTypeIndex.ttl";
    }

    String privateTypeIndex() {
        return storage() + "settings/privateTypeIndex.ttl";
    }

    /** The absolute IRI of a server path. */
    String iri(String path) {
        return baseUrl + path.substring(1);
    }
}
