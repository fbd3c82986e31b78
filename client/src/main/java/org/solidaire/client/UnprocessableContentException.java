// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.inrupt.client.Headers;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 422 Unprocessable Content: the server understood the body but refuses it, most often because the document does
 * not conform to the SHACL shape that constrains its container. The problem details then list the violations,
 * and a {@code Link} header names the shape.
 *
 * @see <a href="https://www.w3.org/TR/ldp/#ldpr-gen-pubclireqs">LDP §4.2.1.6 constrainedBy</a>
 */
public final class UnprocessableContentException extends SolidaireClientException {

    private static final long serialVersionUID = 1L;

    private static final String CONSTRAINED_BY = "http://www.w3.org/ns/ldp#constrainedBy";

    UnprocessableContentException(HttpFailure failure) {
        super(failure, null);
    }

    /**
     * The shape (or other constraint) the refused document had to meet, from the {@code Link} header with
     * {@code rel="http://www.w3.org/ns/ldp#constrainedBy"}.
     */
    public Optional<URI> constrainedBy() {
        return headers().getOrDefault("Link", List.of()).stream()
                .flatMap(value -> Headers.Link.parse(value).stream())
                .filter(link -> Transport.hasRelation(link, CONSTRAINED_BY))
                .map(Headers.Link::getUri).findFirst();
    }

    /**
     * The SHACL violations the server reported, each with its {@code focusNode}, {@code message} and, when they
     * apply, {@code path} and {@code value}; empty when the problem details list none.
     */
    public List<Map<String, Object>> violations() {
        Object listed = problem().flatMap(details -> details.extension("violations")).orElse(List.of());
        if (!(listed instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().filter(Map.class::isInstance).map(item -> stringKeys((Map<?, ?>) item)).toList();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> item) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        item.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return Collections.unmodifiableMap(copy);
    }
}
