// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.solidaire.client.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a water department's CSV export into the documents of the citizens' pods ({@code import water}): one
 * document per service point and month, each checked against the shapes before anything would be sent.
 *
 * <p>The format is described in the README's section "The water export format". Everything written is derived
 * from the input and the options alone, never from the clock: the run is named by the SHA-256 of the file and the
 * export's time ({@code urn:solidaire:import:sha256:<hex>:<instant>}), which is the time recorded. Importing the same
 * file twice therefore yields the same triples, and writing them again adds nothing; the readings carry no
 * provenance, so a later export overlapping this one adds only its new readings and its run.
 *
 * <pre>{@code
 * WaterCsvOptions options = WaterCsvOptions.forPods(cityWebId, podByServicePoint)
 *         .exportedAt(OffsetDateTime.parse("2024-07-01T03:00:00+02:00"));
 * WaterImport result = WaterCsvImporter.with(options).read(Path.of("water-export.csv"));
 * result.problems().forEach(problem -> log.warn("{}", problem));
 * result.documents().forEach(document -> write(document.iri(), document.graph()));
 * }</pre>
 */
public final class WaterCsvImporter {

    /**
     * The start of the IRI of every import run, followed by the SHA-256 of the input in lower-case hex, a colon and
     * the run's start as a UTC instant.
     */
    public static final String RUN_PREFIX = "urn:solidaire:import:sha256:";

    private static final Logger LOG = LoggerFactory.getLogger(WaterCsvImporter.class);
    private static final int HEADER_LIMIT = 64 * 1024;

    private final WaterCsvOptions options;

    private WaterCsvImporter(WaterCsvOptions options) {
        this.options = options;
    }

    /**
     * Makes an importer.
     *
     * @param options who returns the data, where it goes and how strict to be
     * @return the importer, which may read many files
     */
    public static WaterCsvImporter with(WaterCsvOptions options) {
        return new WaterCsvImporter(requireNonNull(options, "options"));
    }

    /**
     * Imports a file; unless the options give the export's time, the file's last-modified time is recorded.
     *
     * @param file the CSV export
     * @return the documents and problems
     * @throws IOException when the file cannot be read
     */
    public WaterImport read(Path file) throws IOException {
        OffsetDateTime exportedAt = options.exportedAt() != null ? options.exportedAt()
                : Files.getLastModifiedTime(file).toInstant().atZone(options.zone()).toOffsetDateTime();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, exportedAt);
        }
    }

    /**
     * Imports a stream, read to its end; the options must give the export's time.
     *
     * @param in the CSV export, which the caller closes
     * @return the documents and problems
     * @throws IOException when the stream cannot be read
     * @throws IllegalStateException when the options give no export time
     */
    public WaterImport read(InputStream in) throws IOException {
        if (options.exportedAt() == null) {
            throw new IllegalStateException("The export time is needed to import a stream: give it in the options");
        }
        return read(in, options.exportedAt());
    }

    private WaterImport read(InputStream in, OffsetDateTime exportedAt) throws IOException {
        long start = System.nanoTime();
        MessageDigest sha256 = ImportRuns.sha256();
        List<RowProblem> problems = new ArrayList<>();
        ParsedRows parsed;
        try (DigestInputStream digesting = new DigestInputStream(requireNonNull(in, "in"), sha256)) {
            parsed = parse(digesting, problems);
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        Provenance provenance = ImportRuns.of(sha256.digest(), options.agent(), exportedAt);
        URI run = provenance.importRun();
        if (!parsed.headerAccepted()) {
            return new WaterImport(run, parsed.rowsRead(), problems, List.of(), provenance, options.zone());
        }
        Set<Long> excluded = WaterRowChecks.check(parsed.rows(), options.pods(), problems);
        List<WaterRow> kept = parsed.rows().stream().filter(row -> !excluded.contains(row.line())).toList();
        List<WaterDocuments.Group> groups = new WaterValidation(provenance, options.zone(), options.locale(),
                options.skipInvalid()).validate(WaterDocuments.groups(kept, options.pods()), problems);
        boolean refused = !problems.isEmpty() && !options.skipInvalid();
        LOG.debug("Water import {}: {} rows, {} problems, {} documents{} in {} ms", run, parsed.rowsRead(),
                problems.size(), groups.size(), refused ? " withheld" : "", (System.nanoTime() - start) / 1_000_000);
        return new WaterImport(run, parsed.rowsRead(), problems, refused ? List.of() : groups, provenance,
                options.zone());
    }

    /** The rows of the input that are well-formed on their own. */
    private record ParsedRows(boolean headerAccepted, long rowsRead, List<WaterRow> rows) {
    }

    private static ParsedRows parse(InputStream in, List<RowProblem> problems) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        String headerLine;
        try {
            skipByteOrderMark(reader);
            reader.mark(HEADER_LIMIT);
            headerLine = reader.readLine();
            reader.reset();
        } catch (CharacterCodingException e) {
            problems.add(RowProblem.ofRow(1, "The file is not in UTF-8"));
            return new ParsedRows(false, 0, List.of());
        }
        if (headerLine == null || headerLine.isBlank()) {
            problems.add(RowProblem.ofRow(1, "The file is empty: it needs a header line"));
            return new ParsedRows(false, 0, List.of());
        }
        char separator = WaterCsvFormat.separatorOf(headerLine);
        // Empty lines are kept as records so that a record's number is its line; blank ones are skipped below.
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        // The parser is not closed: that would close the caller's stream before the digest has read all of it.
        CSVParser parser = csv.parse(reader);
        List<WaterRow> rows = new ArrayList<>();
        long rowsRead = 0;
        WaterCsvFormat format = null;
        long line = 1;
        try {
            for (CSVRecord record : parser) {
                // The parser has read up to the end of this record and no further: the next one starts after it.
                long next = parser.getCurrentLineNumber() + 1;
                if (spansLines(record, line, format, problems)) {
                    return new ParsedRows(false, rowsRead, List.of());
                }
                if (format == null) {
                    format = WaterCsvFormat.fromHeader(record, separator, problems);
                    if (!problems.isEmpty()) {
                        return new ParsedRows(false, 0, List.of());
                    }
                } else if (record.size() > 1 || !record.get(0).isBlank()) {
                    rowsRead++;
                    format.row(record, line, problems).ifPresent(rows::add);
                }
                line = next;
            }
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            problems.add(RowProblem.ofRow(line, "The file is not in UTF-8 (found near this line)"));
            return new ParsedRows(false, rowsRead, List.of());
        }
        return new ParsedRows(true, rowsRead, rows);
    }

    /**
     * Whether a quoted value of the record holds a line break, which this format does not allow: each record is one
     * line, so that reports name the line of the input. The problem is reported on the line the value starts on.
     */
    private static boolean spansLines(CSVRecord record, long line, WaterCsvFormat format, List<RowProblem> problems) {
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                problems.add(RowProblem.at(line, format == null ? null : format.columnAt(i), "A quoted value spans "
                        + "two lines or more, from this line; in this format every value is on one line"));
                return true;
            }
        }
        return false;
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }
}
