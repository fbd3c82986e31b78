// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What importing NGSI-LD water entities gives. A problem's line is the position of the payload it is about,
 * from 1. When there is a problem there is no document: the entities are imported together or not at all.
 *
 * @param importRun the IRI of the run, derived from the SHA-256 of the payloads in order and the export's time
 * @param snapshots the meter indexes read, in the order of the payloads
 * @param unmapped the attributes that have no counterpart in the vocabulary and were not imported
 * @param problems why something could not be imported
 * @param documents the documents to write, one per month
 */
public record NgsiLdImport(URI importRun, List<MeterSnapshot> snapshots, List<UnmappedTerm> unmapped,
        List<RowProblem> problems, List<PodDocument> documents) {

    /** Checks the components and copies the lists. */
    public NgsiLdImport {
        requireNonNull(importRun, "importRun");
        snapshots = List.copyOf(snapshots);
        unmapped = List.copyOf(unmapped);
        problems = List.copyOf(problems);
        documents = List.copyOf(documents);
    }

    /**
     * Tells whether everything mapped was imported; unmapped attributes do not count.
     *
     * @return true when there is no problem
     */
    public boolean complete() {
        return problems.isEmpty();
    }

    /** Collects what reading the payloads finds. */
    static final class Builder {
        private final List<MeterSnapshot> snapshots = new ArrayList<>();
        private final List<UnmappedTerm> unmapped = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();

        List<MeterSnapshot> snapshots() {
            return snapshots;
        }

        boolean hasProblems() {
            return !problems.isEmpty();
        }

        NgsiLdImport build(URI importRun, List<PodDocument> documents) {
            return new NgsiLdImport(importRun, snapshots, unmapped, problems, problems.isEmpty() ? documents
                    : List.of());
        }

        void snapshot(MeterSnapshot snapshot) {
            snapshots.add(snapshot);
        }

        void unmapped(UnmappedTerm term) {
            unmapped.add(term);
        }

        void problem(RowProblem problem) {
            problems.add(problem);
        }
    }
}
