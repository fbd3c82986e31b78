// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * A document fetched with a 2xx status.
 *
 * @param uri the URL the document was finally read from, after redirects, without fragment; relative IRIs in the
 *     document resolve against it
 * @param contentType the {@code Content-Type} of the response, or {@code application/octet-stream} when it had
 *     none (RFC 9110 §8.3)
 * @param body the bytes of the body, never longer than the policy's limit
 */
public record FetchedDocument(URI uri, String contentType, byte[] body) {

    public FetchedDocument {
        requireNonNull(uri, "uri");
        requireNonNull(contentType, "contentType");
        body = requireNonNull(body, "body").clone();
    }

    /** A copy of the body, so that the document stays immutable. */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
