// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.WriteResult;
import org.solidaire.shapes.ShapeValidator;
import org.solidaire.shapes.ValidationReport;

/**
 * What SHACL validation would add to a PUT: validating a month of daily water readings (the demo persona's June
 * 2024, thirty readings) against the Citizen Data shapes, beside the work the PUT does anyway, parsing the
 * month's Turtle and storing it durably. The ratio {@code validate / parseAndPut} is the share validation adds.
 *
 * <p>The month conforms to the shapes, as data returned by a city should, so no result message is built: a
 * report with violations costs more, in proportion to their number.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.jena.tdb.store.enableInlineLiterals=false",
        "-Dsolidaire.log.level=WARN"})
public class ValidationBenchmark {

    static final ResourcePath POD = ResourcePath.parse("/camille/");
    static final ResourcePath MONTH = ResourcePath.parse("/camille/" + WaterReadings.MONTH);

    /** The month as a graph and as the Turtle a client would send, and a store that already holds it. */
    @State(Scope.Benchmark)
    public static class Month {

        private Graph graph;
        private byte[] turtle;
        private ShapeValidator validator;
        private Tdb2Candidate store;
        private ScratchDirectory scratch;

        @Setup(Level.Trial)
        public void open() {
            scratch = ScratchDirectory.create("solidaire-validation-");
            store = Tdb2Candidate.open(scratch.resolve("tdb2"), POD);
            graph = WaterReadings.month();
            turtle = RdfCodec.toBytes(graph, RdfFormat.TURTLE);
            store.put(MONTH, graph);
            validator = ShapeValidator.standard();
            ValidationReport report = validator.validate(graph, Locale.FRENCH);
            if (!report.conforms()) {
                throw new IllegalStateException("The demo month should conform to the shapes: " + report);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
            scratch.close();
        }
    }

    @Benchmark
    public ValidationReport validate(Month month) {
        return month.validator.validate(month.graph, Locale.FRENCH);
    }

    @Benchmark
    public Graph parse(Month month) {
        return RdfCodec.parse(new ByteArrayInputStream(month.turtle), RdfFormat.TURTLE, WaterReadings.monthIri(),
                null);
    }

    @Benchmark
    public WriteResult parseAndPut(Month month) {
        Graph parsed = parse(month);
        return month.store.store().put(MONTH, new Content.Rdf(parsed), Precondition.NONE);
    }
}
