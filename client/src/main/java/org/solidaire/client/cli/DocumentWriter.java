// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.solidaire.client.NotFoundException;
import org.solidaire.client.PodClient;
import org.solidaire.client.RdfDocument;
import org.solidaire.client.SolidaireClientException;
import org.solidaire.client.UnprocessableContentException;
import org.solidaire.client.WriteCondition;
import org.solidaire.client.importer.PodDocument;

/**
 * Appends documents to pods, several requests at once, each an insert-only N3 Patch: it needs Append alone, and
 * appending a document a pod already holds changes nothing. A failed document does not stop the others. When
 * correcting, it reads each document the pod holds and replaces the values of its readings that differ (which needs
 * Read and Write).
 *
 * <p>A document is told unchanged when the pod answers that it last changed before the pod root was checked, by the
 * server's own clock: HTTP dates count whole seconds, so a document last changed in the second the check was
 * answered is counted as written.
 */
final class DocumentWriter {

    /** How many failures are shown one by one; the rest are counted. */
    private static final int FAILURES_SHOWN = 20;

    private final PodClient client;
    private final int parallel;
    private final Console console;
    private final Map<URI, Optional<Instant>> checkedAt;
    private final boolean correcting;

    /**
     * A writer to the pods checked at the times given.
     *
     * @param checkedAt when the server of each pod root answered its check, before anything was written
     * @param correcting whether to replace the values of readings the pods hold with the documents' (which needs
     *     Read and Write), rather than only append
     */
    DocumentWriter(PodClient client, int parallel, Console console, Map<URI, Optional<Instant>> checkedAt,
            boolean correcting) {
        this.client = client;
        this.parallel = parallel;
        this.console = console;
        this.checkedAt = Map.copyOf(checkedAt);
        this.correcting = correcting;
    }

    /**
     * What became of one document: changed or not, how many of its readings the pod holds as the export gives them
     * and how many of those were corrected, or the failure, and when the pod refused it for holding other values
     * already, which.
     */
    private record Outcome(boolean changed, int readings, int corrected, SolidaireClientException failure,
            HeldValues held) {

        static Outcome written(boolean changed, int readings, int corrected) {
            return new Outcome(changed, readings, corrected, null, null);
        }

        /** A refused document, of which the pod holds some readings as the export gives them, when that is known. */
        static Outcome failed(int readingsHeld, SolidaireClientException failure, HeldValues held) {
            return new Outcome(false, readingsHeld, 0, failure, held);
        }
    }

    /**
     * What became of the documents.
     *
     * @param written how many documents the pods took, new or with something added or corrected
     * @param unchanged how many documents the pods held already, whole
     * @param refused how many documents the pods refused or did not answer for
     * @param holdingOtherValues how many of those refused the pods refused for holding other values already
     * @param readings how many readings of the documents the pods hold as the documents give them: all those of the
     *     documents written or unchanged, and those of a refused correction that the pod held already
     * @param corrected how many readings the pods held with other values, and now hold with the documents'
     */
    record Written(int written, int unchanged, int refused, int holdingOtherValues, long readings, long corrected) {

        /**
         * The exit code: {@value Main#OK} when every document is in its pod, {@value Main#CORRECTION_NEEDED} when
         * the only documents refused hold readings already returned with other values, else {@value Main#FAILED}.
         */
        int exitCode() {
            return refused == 0 ? Main.OK : refused == holdingOtherValues ? Main.CORRECTION_NEEDED : Main.FAILED;
        }

        /** Such as {@code 3 documents written (2 readings corrected), 2 unchanged, 1 refused}. */
        String documents() {
            return Console.count(written, "document") + " written"
                    + (corrected == 0 ? "" : " (" + Console.count(corrected, "reading") + " corrected)")
                    + ", " + unchanged + " unchanged, " + refused + " refused";
        }
    }

    /**
     * Writes every document, each graph built by the thread that sends it, and reports the failures.
     *
     * @return how many documents were written, unchanged and refused
     */
    Written write(List<PodDocument> documents) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        List<Outcome> outcomes = Parallel.map(documents, parallel, document -> {
            try {
                return correcting ? correct(document) : append(document, document.graph());
            } finally {
                console.progress("Writing", done.incrementAndGet(), documents.size());
            }
        });
        List<Outcome> failed = outcomes.stream().filter(outcome -> outcome.failure() != null).toList();
        report(failed);
        int changed = (int) outcomes.stream().filter(Outcome::changed).count();
        int held = (int) failed.stream().filter(outcome -> outcome.held() != null).count();
        return new Written(changed, outcomes.size() - changed - failed.size(), failed.size(), held,
                outcomes.stream().mapToLong(Outcome::readings).sum(),
                outcomes.stream().mapToLong(Outcome::corrected).sum());
    }

    private Outcome append(PodDocument document, Graph graph) {
        int readings = document.readings().size();
        try {
            Optional<Instant> modified = client.append(document.iri(), graph);
            Optional<Instant> before = checkedAt.getOrDefault(document.podRoot(), Optional.empty());
            boolean unchanged = modified.isPresent() && before.isPresent() && modified.get().isBefore(before.get());
            return Outcome.written(!unchanged, readings, 0);
        } catch (UnprocessableContentException e) {
            return Outcome.failed(0, e, HeldValues.of(document, graph, e).orElse(null));
        } catch (SolidaireClientException e) {
            return Outcome.failed(0, e, null);
        }
    }

    /**
     * Reads the document the pod holds, and replaces what it holds of the readings with the document's, if nobody
     * changed it meanwhile ({@code If-Match}); a document the pod lacks is appended.
     */
    private Outcome correct(PodDocument document) {
        Graph wanted = document.graph();
        int readings = document.readings().size();
        RdfDocument held;
        try {
            held = client.read(document.iri());
        } catch (NotFoundException e) {
            return append(document, wanted);
        } catch (SolidaireClientException e) {
            return Outcome.failed(0, e, null);
        }
        Correction correction = Correction.of(document, held.graph(), wanted);
        if (correction.isEmpty()) {
            return Outcome.written(false, readings, 0);
        }
        try {
            client.patch(document.iri(), correction.deletes(), correction.inserts(),
                    held.etag().map(WriteCondition::ifMatch).orElse(WriteCondition.always()));
            return Outcome.written(true, readings, correction.readings().size());
        } catch (SolidaireClientException e) {
            // The pod keeps the document as it was, with the readings it held as the export gives them.
            return Outcome.failed(correction.held().size(), e, null);
        }
    }

    /** Each refusal, those for values the pods hold already as such, then what to do about them. */
    private void report(List<Outcome> failed) {
        failed.stream().limit(FAILURES_SHOWN).forEach(outcome -> console.problem("error: " + (outcome.held() == null
                ? Console.describe(outcome.failure()) : outcome.held().describe())));
        if (failed.size() > FAILURES_SHOWN) {
            console.problem("error: and " + (failed.size() - FAILURES_SHOWN) + " more documents not written");
        }
        long held = failed.stream().filter(outcome -> outcome.held() != null).count();
        if (held > 0) {
            console.problem("error: " + HeldValues.advice((int) held));
        }
    }
}
