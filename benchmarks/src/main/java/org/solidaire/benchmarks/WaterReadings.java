// SPDX-License-Identifier: Apache-2.0
package org.solidaire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.solidaire.shapes.CitizenDataShapes;

/**
 * The data the benchmarks read and write: water readings as the city returns them into a citizen's pod.
 *
 * <p>A daily reading is the unit of the storage and codec benchmarks, a month of them (one resource of the demo
 * persona) the unit of the validation benchmark.
 */
final class WaterReadings {

    /** The public base URL of the benchmarked server. */
    static final String BASE_URL = "https://pod.example/";

    /** The pod the demo persona is placed in, since its IRIs are relative. */
    static final String POD = BASE_URL + "camille/";

    /** The month of readings taken from the demo persona: June 2024, thirty daily readings. */
    static final String MONTH = "water/2024-06";

    /**
     * One daily reading in 20 triples: the reading with its volume and meter index, and the two statements about
     * the document that every returned resource carries (who produced it, which shapes it conforms to).
     */
    private static final String DAILY_TURTLE = """
            @prefix cdv: <https://w3id.org/cdv#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix qudt: <http://qudt.org/schema/qudt/> .
            @prefix sosa: <http://www.w3.org/ns/sosa/> .
            @prefix unit: <http://qudt.org/vocab/unit/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

            <> prov:wasAttributedTo <https://eau.metropole.example/#service> ;
                dcterms:conformsTo <https://w3id.org/cdv/shapes/0.1.0> .
            <#reading> a cdv:WaterConsumptionObservation ;
                sosa:hasFeatureOfInterest <contract#point> ; sosa:madeBySensor <contract#meter-2016> ;
                sosa:observedProperty cdv:WaterConsumption ; cdv:underContract <contract#contract> ;
                cdv:periodStart "%1$sT00:00:00+02:00"^^xsd:dateTime ;
                cdv:periodEnd "%2$sT00:00:00+02:00"^^xsd:dateTime ;
                sosa:resultTime "%2$sT02:00:00+02:00"^^xsd:dateTime ;
                cdv:granularity cdv:Daily ; cdv:readingMethod cdv:ActualReading ;
                sosa:hasResult [ a qudt:QuantityValue ; qudt:numericValue %3$s ; qudt:hasUnit unit:L ] ;
                cdv:meterIndex [ a qudt:QuantityValue ; qudt:numericValue 1203.829 ; qudt:hasUnit unit:M3 ] .
            """;

    private WaterReadings() {
    }

    /** The IRI of the daily reading's document. */
    static String dailyIri() {
        return POD + "water/2024-06-01";
    }

    /**
     * The daily reading as a client sends it: with prefixes, 1.1 kB, of which 0.8 kB are the triples. The server
     * writes it back in 1.8 kB, since it declares only the prefixes of its own well-known vocabularies.
     */
    static byte[] dailyTurtle() {
        return dailyTurtle(LocalDate.of(2024, 6, 1), 317).getBytes(StandardCharsets.UTF_8);
    }

    /** A daily reading of the given day and volume, in the same 20 triples. */
    static String dailyTurtle(LocalDate day, int litres) {
        return DAILY_TURTLE.formatted(day, day.plusDays(1), litres + ".0");
    }

    /** A new graph holding the 20 triples of one daily reading. */
    static Graph daily() {
        Graph graph = GraphFactory.createDefaultGraph();
        String turtle = new String(dailyTurtle(), StandardCharsets.UTF_8);
        RDFParser.fromString(turtle, Lang.TURTLE).base(dailyIri()).parse(graph);
        if (graph.size() != 20) {
            throw new IllegalStateException("The daily reading has " + graph.size() + " triples, not 20");
        }
        return graph;
    }

    /** The IRI of the month's document. */
    static String monthIri() {
        return POD + MONTH;
    }

    /** A new graph holding the month of readings, exactly as the demo persona's resource holds it. */
    static Graph month() {
        DatasetGraph demo = DatasetGraphFactory.create();
        try (InputStream in = CitizenDataShapes.class.getResourceAsStream(CitizenDataShapes.DEMO_PERSONA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo persona is missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TRIG).base(POD).parse(demo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Graph month = GraphFactory.createDefaultGraph();
        demo.getGraph(NodeFactory.createURI(monthIri())).find().forEachRemaining(month::add);
        if (month.isEmpty()) {
            throw new IllegalStateException("The demo persona has no resource " + MONTH);
        }
        return month;
    }
}
