// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * A non-RDF resource as read from a pod: its bytes, their media type, and the entity tag to write it back
 * conditionally.
 */
public final class BinaryResource {

    private final URI uri;
    private final byte[] content;
    private final String mediaType;
    private final String etag;

    BinaryResource(URI uri, byte[] content, String mediaType, String etag) {
        this.uri = requireNonNull(uri, "uri");
        this.content = requireNonNull(content, "content");
        this.mediaType = requireNonNull(mediaType, "mediaType");
        this.etag = etag;
    }

    /** The resource's URI. */
    public URI uri() {
        return uri;
    }

    /** A copy of the resource's bytes. */
    public byte[] content() {
        return content.clone();
    }

    /** The size of the content, in bytes. */
    public int size() {
        return content.length;
    }

    /** The media type the server stored with the bytes, such as {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /** The entity tag the server sent, quotes included. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    @Override
    public String toString() {
        return "BinaryResource[" + uri + ", " + mediaType + ", " + content.length + " bytes, etag " + etag + "]";
    }
}
