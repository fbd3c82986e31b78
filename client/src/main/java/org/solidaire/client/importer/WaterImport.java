// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.net.URI;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.solidaire.client.model.Provenance;

/**
 * What importing a water export gives: the documents to write, per service point, and the problems found. When
 * there is a problem and bad rows are not skipped, there is no document at all: a file is imported whole or not.
 *
 * <p>Documents are built from the kept rows each time one is asked for, always the same, so that a bulk import of
 * hundreds of thousands of rows holds rows in memory rather than records and triples: write each document and
 * let it go.
 */
public final class WaterImport {

    private final URI importRun;
    private final long rowsRead;
    private final List<RowProblem> problems;
    private final List<WaterDocuments.Group> groups;
    private final List<PodDocument> documents;

    WaterImport(URI importRun, long rowsRead, List<RowProblem> problems, List<WaterDocuments.Group> groups,
            Provenance provenance, ZoneId zone) {
        this.importRun = importRun;
        this.rowsRead = rowsRead;
        this.problems = problems.stream().sorted(RowProblem.INPUT_ORDER).toList();
        this.groups = List.copyOf(groups);
        this.documents = new AbstractList<>() {
            @Override
            public PodDocument get(int index) {
                return WaterImport.this.groups.get(index).document(provenance, zone);
            }

            @Override
            public int size() {
                return WaterImport.this.groups.size();
            }
        };
    }

    /**
     * Returns the IRI of the run, derived from the SHA-256 of the input and the export's time, so that the same file
     * imported with the same time is the same run.
     *
     * @return {@code urn:solidaire:import:sha256:} followed by the hex digest, a colon and the time as a UTC instant
     */
    public URI importRun() {
        return importRun;
    }

    /**
     * Returns how many data rows the input had.
     *
     * @return the rows, the header and blank lines not counted
     */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, in the order of the input
     */
    public List<RowProblem> problems() {
        return problems;
    }

    /**
     * Tells whether every row was imported.
     *
     * @return true when there is no problem
     */
    public boolean complete() {
        return problems.isEmpty();
    }

    /**
     * Returns the documents to write, by service point and month; each is built when it is got.
     *
     * @return an unmodifiable list
     */
    public List<PodDocument> documents() {
        return documents;
    }

    /**
     * Returns the documents grouped by the service point they are about, for routing to pods.
     *
     * @return the documents of each service point identifier, in identifier order, built when got
     */
    public Map<String, List<PodDocument>> documentsByServicePoint() {
        Map<String, List<PodDocument>> byPoint = new LinkedHashMap<>();
        int start = 0;
        for (int i = 1; i <= groups.size(); i++) {
            if (i == groups.size() || !groups.get(i).servicePointId().equals(groups.get(start).servicePointId())) {
                byPoint.put(groups.get(start).servicePointId(), documents.subList(start, i));
                start = i;
            }
        }
        return byPoint;
    }

    /**
     * Returns how many readings the documents hold.
     *
     * @return the number of readings
     */
    public long readingCount() {
        return groups.stream().mapToLong(group -> group.rows().size()).sum();
    }
}
