// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
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
import org.solidaire.server.rdf.ContentNegotiation;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.vocab.DCTERMS;
import org.solidaire.vocab.LDP;
import org.solidaire.vocab.POSIX;

/**
 * The codec work of a GET and a PUT, without HTTP: writing a daily water reading (20 triples) and a container
 * listing 1000 readings as Turtle and JSON-LD, parsing the reading's Turtle as a client sends it (the same
 * triples, with prefixes), and choosing the format for the {@code Accept} header a browser sends.
 *
 * <p>The listing has the triples the server adds to a container's representation: its types and dates, and for
 * each member {@code ldp:contains}, a type and two dates, about 4000 triples in all.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dsolidaire.log.level=WARN")
public class RdfCodecBenchmark {

    /** What Chrome and Firefox send for a page: RDF only through the wildcard. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    static final int MEMBERS = 1000;

    /** The graphs and bytes every benchmark starts from. */
    @State(Scope.Benchmark)
    public static class Documents {

        private Graph reading;
        private byte[] readingTurtle;
        private Graph listing;
        private String accept;

        @Setup(Level.Trial)
        public void build() {
            reading = WaterReadings.daily();
            readingTurtle = WaterReadings.dailyTurtle();
            listing = listing(WaterReadings.POD + "water/", Instant.parse("2024-07-01T03:00:00Z"));
            // Read from a field, so that the compiler cannot treat the header as a constant.
            accept = BROWSER_ACCEPT;
        }

        private static Graph listing(String containerIri, Instant modified) {
            Graph graph = GraphFactory.createDefaultGraph();
            Node container = NodeFactory.createURI(containerIri);
            Node type = RDF.type.asNode();
            graph.add(container, type, LDP.Container);
            graph.add(container, type, LDP.BasicContainer);
            graph.add(container, type, LDP.Resource);
            addDates(graph, container, modified);
            for (int i = 0; i < MEMBERS; i++) {
                Node member = NodeFactory.createURI(containerIri + String.format("reading-%04d", i));
                graph.add(container, LDP.contains, member);
                graph.add(member, type, LDP.Resource);
                addDates(graph, member, modified.plusSeconds(i));
            }
            return graph;
        }

        private static void addDates(Graph graph, Node node, Instant modified) {
            graph.add(node, DCTERMS.modified, NodeFactory.createLiteralDT(modified.toString(),
                    XSDDatatype.XSDdateTime));
            graph.add(node, POSIX.mtime, NodeFactory.createLiteralDT(Long.toString(modified.getEpochSecond()),
                    XSDDatatype.XSDinteger));
        }
    }

    @Benchmark
    public byte[] writeReadingTurtle(Documents documents) {
        return RdfCodec.toBytes(documents.reading, RdfFormat.TURTLE);
    }

    @Benchmark
    public byte[] writeReadingJsonLd(Documents documents) {
        return RdfCodec.toBytes(documents.reading, RdfFormat.JSON_LD);
    }

    @Benchmark
    public Graph parseReadingTurtle(Documents documents) {
        return RdfCodec.parse(new ByteArrayInputStream(documents.readingTurtle), RdfFormat.TURTLE,
                WaterReadings.dailyIri(), null);
    }

    @Benchmark
    public byte[] writeListingTurtle(Documents documents) {
        return RdfCodec.toBytes(documents.listing, RdfFormat.TURTLE);
    }

    @Benchmark
    public byte[] writeListingJsonLd(Documents documents) {
        return RdfCodec.toBytes(documents.listing, RdfFormat.JSON_LD);
    }

    @Benchmark
    public Optional<RdfFormat> chooseRdfForBrowser(Documents documents) {
        return ContentNegotiation.chooseRdf(documents.accept);
    }
}
