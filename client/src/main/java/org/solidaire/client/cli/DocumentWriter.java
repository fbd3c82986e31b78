// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.solidaire.client.PodClient;
import org.solidaire.client.SolidaireClientException;
import org.solidaire.client.importer.PodDocument;

/**
 * Appends documents to pods, several requests at once, each an insert-only N3 Patch: it needs Append alone, and
 * appending a document a pod already holds changes nothing. A failed document does not stop the others.
 */
final class DocumentWriter {

    /** How many failures are shown one by one; the rest are counted. */
    private static final int FAILURES_SHOWN = 20;

    private final PodClient client;
    private final int parallel;
    private final Console console;

    DocumentWriter(PodClient client, int parallel, Console console) {
        this.client = client;
        this.parallel = parallel;
        this.console = console;
    }

    /**
     * Writes every document, each graph built by the thread that sends it, and reports the failures.
     *
     * @return how many documents could not be written
     */
    int write(List<PodDocument> documents) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        List<SolidaireClientException> failures = Parallel.map(documents, parallel, document -> {
            try {
                client.append(document.iri(), document.graph());
                return null;
            } catch (SolidaireClientException e) {
                return e;
            } finally {
                console.progress("Writing", done.incrementAndGet(), documents.size());
            }
        }).stream().filter(Objects::nonNull).toList();
        report(failures);
        return failures.size();
    }

    private void report(List<SolidaireClientException> failures) {
        failures.stream().limit(FAILURES_SHOWN).forEach(e -> console.problem("error: " + Console.describe(e)));
        if (failures.size() > FAILURES_SHOWN) {
            console.problem("error: and " + (failures.size() - FAILURES_SHOWN) + " more documents not written");
        }
    }
}
