// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a failed exchange left behind: the request, and the response's status, headers and body (status 0 and no
 * headers when no response arrived).
 */
record HttpFailure(String method, URI uri, int status, Map<String, List<String>> headers, byte[] body) {

    HttpFailure {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
    }

    /** The first value of a response header. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The problem details of the body, when the server sent them. */
    Optional<ProblemDetails> problem() {
        String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return type.startsWith(ProblemDetails.MEDIA_TYPE) || type.startsWith("application/json")
                ? ProblemDetails.parse(body) : Optional.empty();
    }
}
