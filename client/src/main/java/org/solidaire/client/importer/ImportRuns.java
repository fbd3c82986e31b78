// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.solidaire.client.model.Provenance;
import org.solidaire.shapes.CitizenDataShapes;

/**
 * The import runs of the importers, named after what they read and when they started: the same input imported with
 * the same time is the same run, so writing it again adds nothing, and any other import is another run, which a
 * document names beside the earlier ones.
 */
final class ImportRuns {

    private ImportRuns() {
    }

    /** A new SHA-256 digest, to name a run after its input. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * The run that read an input of this digest, started at the time given, by the agent, checked against the
     * shapes of this jar: {@code urn:solidaire:import:sha256:<hex of the input>:<start as a UTC instant>}.
     */
    static Provenance of(byte[] digest, URI agent, OffsetDateTime startedAt) {
        URI run = URI.create(WaterCsvImporter.RUN_PREFIX + HexFormat.of().formatHex(digest) + ":"
                + startedAt.toInstant());
        return Provenance.of(run, agent, startedAt, URI.create(CitizenDataShapes.VERSION_IRI));
    }
}
