// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.MimeTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * Parses PATCH bodies: N3 Patch ({@code text/n3}) and SPARQL Update ({@code application/sparql-update}).
 *
 * @see <a href="https://solidproject.org/TR/2024/protocol-20240512#n3-patch">Solid Protocol 0.11 §5.3.1</a>
 * @see <a href="https://www.w3.org/TR/sparql11-update/">SPARQL 1.1 Update</a>
 */
public final class Patches {

    /**
     * How long the conditions of a patch may take to evaluate. Patches are applied inside the store's single writer,
     * so a costly WHERE clause would hold every other write back; beyond this it is refused.
     */
    static final long EVALUATION_TIMEOUT_MS = 2_000;

    /** The media type of N3 Patch. */
    public static final String TEXT_N3 = "text/n3";

    /** The media type of SPARQL Update. */
    public static final String SPARQL_UPDATE = "application/sparql-update";

    /** The value of the {@code Accept-Patch} header: the media types {@link #parse} reads (RFC 5789 §3.1). */
    public static final String ACCEPT_PATCH = TEXT_N3 + ", " + SPARQL_UPDATE;

    private static final Logger LOG = LoggerFactory.getLogger(Patches.class);

    private Patches() {
    }

    /**
     * Parses a PATCH body of the given Content-Type (parameters like charset ignored) for the resource targetIri
     * (the base for relative IRIs and {@code <>}).
     *
     * @param contentType the Content-Type of the request, may be null
     * @param body the request body, read to its end but not closed
     * @param targetIri the absolute IRI of the resource to patch
     * @return the patch, checked against the constraints of its language
     * @throws ProblemException 415 for another media type, 400 for a syntax error, 422 for a well-formed body that
     *         is not a patch this server applies
     */
    public static Patch parse(String contentType, InputStream body, String targetIri) {
        requireNonNull(body, "body");
        requireNonNull(targetIri, "targetIri");
        String mediaType = mediaType(contentType);
        Patch patch = switch (mediaType) {
            case TEXT_N3 -> N3PatchParser.parse(read(body, contentType), targetIri);
            case SPARQL_UPDATE -> SparqlUpdatePatch.parse(read(body, contentType), targetIri);
            default -> throw ProblemException.unsupportedMediaType("A PATCH body must be one of " + ACCEPT_PATCH
                    + ", not " + (mediaType.isEmpty() ? "a body without Content-Type" : mediaType) + ".")
                    // RFC 5789 §2.2: a 415 answer to PATCH says which patch formats the resource accepts.
                    .withHeader("Accept-Patch", ACCEPT_PATCH);
        };
        LOG.debug("Parsed a {} PATCH for {}: reads={}, inserts={}, deletes={}", mediaType, targetIri, patch.reads(),
                patch.inserts(), patch.deletes());
        return patch;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    /** Both media types are UTF-8 by registration, whatever charset parameter comes with them. */
    private static String read(InputStream body, String contentType) {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PATCH body", e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            String declared = MimeTypes.getCharsetFromContentType(contentType);
            throw ProblemException.badRequest("The PATCH body is not valid UTF-8"
                    + (declared == null || declared.equalsIgnoreCase("utf-8") ? "." : ": " + mediaType(contentType)
                            + " is always UTF-8, whatever its charset parameter says (" + declared + " here)."))
                    .causedBy(e);
        }
    }

    /** The refusal of a patch whose conditions took longer than {@link #EVALUATION_TIMEOUT_MS} to evaluate. */
    static ProblemException tooCostly() {
        return ProblemException.unprocessable("The patch's conditions took longer than " + EVALUATION_TIMEOUT_MS
                + " ms to evaluate against the resource; simplify them.").with("limitMs", EVALUATION_TIMEOUT_MS);
    }
}
