// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
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
import org.openjdk.jmh.annotations.Warmup;
import org.solidaire.server.patch.Patch;
import org.solidaire.server.patch.Patches;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;

/**
 * The server reading a month of daily water readings (the demo persona's June 2024) sent as an insert-only N3 Patch,
 * as a city's import sends each month: with the formula written as compact Turtle (prefixes, each subject once, as
 * the client library writes it) against every term written in full (N-Triples).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.jena.tdb.store.enableInlineLiterals=false",
        "-Dsolidaire.log.level=WARN"})
public class PatchBenchmark {

    private static final String HEAD = "@prefix solid: <http://www.w3.org/ns/solid/terms#> .\n";

    /** The month as the two patch bodies. */
    @State(Scope.Benchmark)
    public static class Month {

        private byte[] compact;
        private byte[] full;

        @Setup(Level.Trial)
        public void write() {
            Graph graph = named(WaterReadings.month());
            String turtle = new String(RdfCodec.toBytes(graph, RdfFormat.TURTLE), StandardCharsets.UTF_8);
            int body = turtle.lastIndexOf("@prefix");
            body = body < 0 ? 0 : turtle.indexOf('\n', body) + 1;
            compact = (HEAD + turtle.substring(0, body) + "_:patch a solid:InsertDeletePatch ;\n  solid:inserts {\n"
                    + turtle.substring(body) + "\n  } .\n").getBytes(StandardCharsets.UTF_8);
            StringBuilder triples = new StringBuilder();
            graph.find().forEachRemaining(triple -> triples.append("    ").append(NodeFmtLib.strNT(triple))
                    .append('\n'));
            full = (HEAD + "_:patch a solid:InsertDeletePatch ;\n  solid:inserts {\n" + triples + "  } .\n")
                    .getBytes(StandardCharsets.UTF_8);
            if (!parse(compact).inserts() || !parse(full).inserts()) {
                throw new IllegalStateException("Both patches should insert the month");
            }
        }
    }

    /** The month with each blank node named by a fragment of the document, as a patch must name it. */
    private static Graph named(Graph month) {
        Map<Node, Node> names = new HashMap<>();
        Function<Node, Node> name = node -> node.isBlank() ? names.computeIfAbsent(node,
                blank -> NodeFactory.createURI(WaterReadings.monthIri() + "#n" + names.size())) : node;
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(month.getPrefixMapping());
        month.find().forEachRemaining(triple -> graph.add(name.apply(triple.getSubject()), triple.getPredicate(),
                name.apply(triple.getObject())));
        return graph;
    }

    private static Patch parse(byte[] body) {
        return Patches.parse(Patches.TEXT_N3, new ByteArrayInputStream(body), WaterReadings.monthIri());
    }

    @Benchmark
    public Patch readCompact(Month month) {
        return parse(month.compact);
    }

    @Benchmark
    public Patch readFull(Month month) {
        return parse(month.full);
    }
}
