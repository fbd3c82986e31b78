// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.solidaire.client.DefaultGraph;
import org.solidaire.client.PodClient;
import org.solidaire.client.SparqlEndpoint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query}: runs a SPARQL query on a pod's endpoint, over what the caller may read. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a SPARQL query on a pod's endpoint; it sees exactly the documents you may read, one "
                + "named graph each."
                + "%nSELECT prints a table, CSV or SPARQL JSON results; ASK prints true or false; CONSTRUCT and "
                + "DESCRIBE print Turtle.")
final class QueryCommand implements Callable<Integer> {

    /** How SELECT results are printed. */
    enum Format { table, csv, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private Credentials credentials;

    @Option(names = "--pod", paramLabel = "POD_ROOT", required = true, description = "Root of the pod to query.")
    private String pod;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private QueryText text;

    @Option(names = "--union", description = "Make the default graph the union of the documents you may read "
            + "(else it is empty, and only GRAPH patterns match).")
    private boolean union;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "SELECT results as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    /** The query, inline or in a file. */
    static final class QueryText {
        @Option(names = "--query", paramLabel = "TEXT", required = true, description = "The query.")
        private String inline;

        @Option(names = "--query-file", paramLabel = "FILE", required = true, description = "A file holding it.")
        private Path file;
    }

    @Override
    public Integer call() throws IOException {
        String query = text.inline != null ? text.inline : Files.readString(text.file, StandardCharsets.UTF_8);
        Query parsed = parse(query);
        PodClient client = credentials.client();
        URI podRoot = ImportWaterCommand.podRoot(pod);
        PodRootCheck.require(client, podRoot);
        SparqlEndpoint endpoint = client.sparql(podRoot);
        DefaultGraph defaultGraph = union ? DefaultGraph.UNION : DefaultGraph.EMPTY;
        if (parsed.isSelectType()) {
            print(endpoint.select(query, defaultGraph));
        } else if (parsed.isAskType()) {
            boolean answer = endpoint.ask(query, defaultGraph);
            spec.commandLine().getOut().println(format == Format.json ? "{\"head\":{},\"boolean\":" + answer + "}"
                    : String.valueOf(answer));
        } else {
            Graph graph = endpoint.construct(query, defaultGraph);
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, graph, Lang.TURTLE);
            spec.commandLine().getOut().print(turtle.toString(StandardCharsets.UTF_8));
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    private void print(ResultSetRewindable results) {
        if (format == Format.table) {
            ResultTable.of(results).print(spec.commandLine().getOut());
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultSetMgr.write(bytes, results, format == Format.csv ? ResultSetLang.RS_CSV : ResultSetLang.RS_JSON);
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
    }

    private static Query parse(String query) {
        try {
            return QueryFactory.create(query, Syntax.syntaxARQ);
        } catch (QueryException e) {
            // a parse error, or a REGEX or REPLACE whose constant pattern Jena fails to compile as it parses
            throw new IllegalArgumentException("The query is not SPARQL: " + e.getMessage(), e);
        }
    }
}
