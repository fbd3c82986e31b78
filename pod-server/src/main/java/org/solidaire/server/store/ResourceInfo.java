// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What the server knows of a stored resource without reading its content.
 *
 * @param path where it lives
 * @param kind container, RDF document or binary
 * @param contentType the media type it was stored with; {@code text/turtle} for RDF resources and containers
 * @param version an opaque token that changes with every change of the resource's representation, from which
 *     the HTTP layer derives strong entity tags
 * @param modified when it last changed
 * @param size the size in bytes of a binary's content, or the number of triples of an RDF resource
 */
public record ResourceInfo(ResourcePath path, Kind kind, String contentType, String version, Instant modified,
        long size) {

    /** The kinds of resource. */
    public enum Kind {
        /** An LDP basic container. */
        CONTAINER,
        /** An RDF document (an LDP RDF source). */
        RDF,
        /** Any other content, kept as bytes (an LDP non-RDF source). */
        BINARY
    }

    public ResourceInfo {
        requireNonNull(path, "path");
        requireNonNull(kind, "kind");
        requireNonNull(contentType, "contentType");
        requireNonNull(version, "version");
        requireNonNull(modified, "modified");
    }

    public boolean isRdf() {
        return kind != Kind.BINARY;
    }
}
