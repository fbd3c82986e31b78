// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.rfc3986.IRIParseException;
import org.apache.jena.rfc3986.RFC3986;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.FactoryRDFStd;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.InvalidPropertyURIException;
import org.apache.jena.shared.CannotEncodeCharacterException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.solidaire.server.problem.ProblemException;

/**
 * Reads request bodies into graphs and writes graphs as response bodies, in the formats of {@link RdfFormat}.
 *
 * <p>Parsing is safe against hostile input: a syntax error is a 400 {@link ProblemException} that names the line
 * and column, nothing about it reaches the server log above DEBUG, a JSON-LD body never makes the server load
 * a remote context, and an RDF/XML body with a DTD is refused before any entity could be expanded or any file
 * or URL opened. The graph is built in memory, and RDF/XML and non-UTF-8 bodies are first read whole as bytes,
 * so the HTTP layer bounds the size of bodies.
 *
 * <p>Writing always uses absolute IRIs. Turtle and RDF/XML declare the prefixes of {@link WellKnownPrefixes}
 * that the graph uses, never those a client sent.
 *
 * <pre>{@code
 * Graph graph = RdfCodec.parse(request.body(), RdfFormat.TURTLE, "https://pod.example/notes/1", null);
 * byte[] json = RdfCodec.toBytes(graph, RdfFormat.JSON_LD);
 * }</pre>
 */
public final class RdfCodec {

    /**
     * Turtle "blocks": triples grouped by subject, with prefixes, written in one streaming pass in time linear in
     * the graph. The pretty variant also nests blank nodes and lists and joins objects with commas, but it first
     * analyses the whole graph and puts all the members of a container on one line; on a container listing 3,000
     * resources it is three times slower. Solid clients read both alike.
     */
    private static final RDFFormat TURTLE_VARIANT = RDFFormat.TURTLE_BLOCKS;

    /**
     * JSON-LD 1.1 in expanded form, every IRI absolute, inside a top-level {@code @graph}: no context to
     * reference, so nothing for a client to fetch, and no compaction pass, which triples the cost of writing.
     * Any JSON-LD processor reads it; a client that wants short keys compacts with its own context.
     *
     * <p>Titanium 1.7, which Jena uses for this, copies a property's whole value array for each value it adds, so
     * a subject with thousands of values of one property (the {@code ldp:contains} of a large container) takes
     * time quadratic in their number: about 0.1 s for 2,000 values and 2 s for 8,000.
     */
    private static final RDFFormat JSON_LD_VARIANT = RDFFormat.JSONLD_PLAIN;

    /** N-Triples as is: one triple per line, no prefixes by definition. */
    private static final RDFFormat N_TRIPLES_VARIANT = RDFFormat.NTRIPLES;

    /** Plain RDF/XML, one rdf:Description per subject: the abbreviated form takes three times as long. */
    private static final RDFFormat RDF_XML_VARIANT = RDFFormat.RDFXML_PLAIN;

    private RdfCodec() {
    }

    /**
     * Parses a request body into a graph, resolving relative IRIs and {@code <>} against the base IRI: the default
     * graph of the document, leaving out any named graph, as RDF 1.1 Concepts §4 asks of a consumer that expects a
     * graph. {@link #parseDocument} keeps the named graphs.
     *
     * @param body the request body, read to its end but not closed
     * @param format the format given by the request's {@code Content-Type}
     * @param baseIri the IRI of the resource, against which relative IRIs resolve
     * @param charset the charset of the {@code Content-Type}, or null for the format's default, UTF-8
     * @return a new in-memory graph with the triples of the body's default graph
     * @throws ProblemException as {@link #parseDocument} does
     */
    public static Graph parse(InputStream body, RdfFormat format, String baseIri, Charset charset) {
        return TripleSet.indexed(parseDocument(body, format, baseIri, charset).defaultGraph());
    }

    /**
     * Parses a request body into its default graph and its named graphs, resolving relative IRIs and {@code <>}
     * against the base IRI.
     *
     * <p>A JSON-LD body that references a remote context (or imports one) is refused with a 400 naming the
     * context's IRI; inline contexts are fine. An RDF/XML body with a DOCTYPE is refused with a 400.
     *
     * @param body the request body, read to its end but not closed
     * @param format the format given by the request's {@code Content-Type}
     * @param baseIri the IRI of the resource, against which relative IRIs resolve
     * @param charset the charset of the {@code Content-Type}, or null for the format's default, UTF-8
     * @return the triples of the body in new in-memory graphs: the default graph as a {@link TripleSet}, the named
     *     graphs, which come only from JSON-LD, indexed
     * @throws ProblemException 400 when the body is not well-formed, has a language tag that is not well-formed,
     *     needs a remote context or a DTD, or nests too deeply for the parser's recursion; for a syntax error the
     *     detail names the line and column and the {@code line} and {@code column} extension members carry them,
     *     when the parser reports them
     */
    public static RdfDocument parseDocument(InputStream body, RdfFormat format, String baseIri, Charset charset) {
        requireNonNull(body, "body");
        requireNonNull(format, "format");
        requireNonNull(baseIri, "baseIri");
        RDFParserBuilder parser = RDFParser.create()
                .forceLang(format.lang())
                .base(baseIri)
                // Each blank node label of this document maps to a node of its own, new to the store; RIOT's default
                // does the same through a cache and a digest set up for every document, bodies of a few triples too.
                .factory(new FactoryRDFStd(LabelToNode.createScopeGlobal()))
                // RIOT checks terms for Turtle but not by default for N-Triples; every format gets the same checks.
                .checking(true)
                .errorHandler(new ProblemErrorHandler(format));
        RefusingDocumentLoader loader = new RefusingDocumentLoader();
        if (format == RdfFormat.JSON_LD) {
            parser.set(LangJSONLD11.JSONLD_OPTIONS, jsonLdOptions(loader));
        }
        DocumentCollector document = new DocumentCollector(format == RdfFormat.JSON_LD);
        if (format == RdfFormat.JSON_LD) {
            JsonLdDroppedValues.start();
        }
        try {
            source(parser, body, format, charset).parse(document);
            if (format == RdfFormat.JSON_LD) {
                JsonLdDroppedValues.stop().ifPresent(dropped -> {
                    throw dropped.kind() == JsonLdDroppedValues.Kind.LANGUAGE_TAG
                            ? badLanguageTag(format, dropped.value()) : badIri(format, dropped.value());
                });
            }
        } catch (ProblemException e) {
            throw loader.refused().map(iri -> remoteContextRefused(iri.toString()).causedBy(e)).orElse(e);
        } catch (JenaException e) {
            if (causedByCoding(e)) {
                throw notInCharset(charset == null ? StandardCharsets.UTF_8 : charset).causedBy(e);
            }
            // Errors the parser raised without passing them to the error handler, such as an empty JSON-LD body.
            ProblemException problem = loader.refused().map(iri -> remoteContextRefused(iri.toString()))
                    .orElseGet(() -> ProblemErrorHandler.syntaxError(format, message(e), -1, -1));
            throw problem.causedBy(e);
        } catch (StackOverflowError e) {
            // The Turtle and JSON-LD parsers recurse on nested blank nodes, lists and objects; by the time the error
            // reaches this frame the stack has unwound, and the half-built graph is dropped.
            throw ProblemException.badRequest(format.lang().getLabel() + " document is nested too deeply")
                    .causedBy(e);
        } finally {
            JsonLdDroppedValues.stop();
        }
        return document.result();
    }

    private static ProblemException badIri(RdfFormat format, String iri) {
        return ProblemErrorHandler.syntaxError(format, "Bad IRI: <" + iri + "> is not a well-formed IRI (RFC 3987), "
                + "and JSON-LD would leave out every triple holding it", -1, -1).with("iri", iri);
    }

    private static ProblemException badLanguageTag(RdfFormat format, String tag) {
        return ProblemErrorHandler.syntaxError(format, languageTagProblem(tag), -1, -1).with("languageTag", tag);
    }

    /**
     * RDF 1.1 Concepts §3.3: a language tag must be well-formed according to BCP 47.
     *
     * @param tag a tag that is not
     * @return what to tell the client of it
     */
    public static String languageTagProblem(String tag) {
        return "the language tag '" + tag + "' is not well-formed (BCP 47, RFC 5646 §2.1)";
    }

    /**
     * What is wrong with an IRI that breaks the generic syntax of RFC 3986, which this server refuses in any body or
     * patch; an IRI that only breaks the rules of its scheme (as {@code urn:x} breaks RFC 8141's) passes.
     *
     * @param iri the IRI
     * @return the parser's account of the first error, or empty when the IRI is well-formed
     */
    public static Optional<String> iriSyntaxProblem(String iri) {
        try {
            RFC3986.checkSyntax(iri);
            return Optional.empty();
        } catch (IRIParseException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Writes the graph in the format, with absolute IRIs, in UTF-8; the stream is flushed but not closed.
     *
     * @param graph the graph to write
     * @param format the format chosen by content negotiation
     * @param out where the bytes go
     * @throws ProblemException 406 when the graph cannot be expressed in RDF/XML, which needs every predicate IRI
     *     to end in an XML name; part of the output may have been written by then
     */
    public static void write(Graph graph, RdfFormat format, OutputStream out) {
        requireNonNull(graph, "graph");
        requireNonNull(format, "format");
        requireNonNull(out, "out");
        RDFFormat variant = variant(format);
        PrefixMap prefixes = format == RdfFormat.TURTLE || format == RdfFormat.RDF_XML
                ? WellKnownPrefixes.inUse(graph) : PrefixMapFactory.emptyPrefixMap();
        // The RDF/XML writer takes its namespaces from the graph, not from the prefix map it is given.
        Graph source = format == RdfFormat.RDF_XML ? new PrefixedView(graph, prefixes) : graph;
        try {
            RDFWriterRegistry.getWriterGraphFactory(variant).create(variant)
                    .write(out, source, prefixes, null, writerContext());
            out.flush();
        } catch (InvalidPropertyURIException e) {
            throw ProblemException.of(406, "Not Acceptable", "This resource cannot be written as RDF/XML: the "
                    + "predicate " + e.getMessage() + " does not end in an XML name; Turtle and JSON-LD can carry it")
                    .causedBy(e);
        } catch (org.apache.jena.irix.IRIException e) {
            // The writer splits each predicate into a namespace and a local name, and some splits (urn: and p
            // of urn:p) are not IRIs it accepts as namespaces.
            throw ProblemException.of(406, "Not Acceptable", "This resource cannot be written as RDF/XML: a "
                    + "predicate cannot be split into a namespace and an XML name (" + e.getMessage() + "); Turtle "
                    + "and JSON-LD can carry it").causedBy(e);
        } catch (CannotEncodeCharacterException e) {
            // XML 1.0 cannot hold some control characters that RDF literals may contain.
            throw ProblemException.of(406, "Not Acceptable", "This resource cannot be written as RDF/XML: a "
                    + "literal holds a character XML 1.0 cannot carry; Turtle and JSON-LD can carry it").causedBy(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a document in the format, as {@link #write(Graph, RdfFormat, OutputStream)} writes a graph: its named
     * graphs too when the format carries them, its default graph alone otherwise (RDF 1.1 Concepts §4: a consumer
     * expecting a graph takes the default graph of a dataset).
     *
     * @param document the default graph and named graphs to write
     * @param format the format chosen by content negotiation
     * @param out where the bytes go
     */
    public static void write(RdfDocument document, RdfFormat format, OutputStream out) {
        requireNonNull(document, "document");
        requireNonNull(format, "format");
        requireNonNull(out, "out");
        if (!document.hasNamedGraphs() || !format.carriesNamedGraphs()) {
            write(document.defaultGraph(), format, out);
            return;
        }
        DatasetGraph dataset = DatasetGraphFactory.create(document.defaultGraph());
        document.namedGraphs().forEach(dataset::addGraph);
        RDFFormat variant = variant(format);
        try {
            RDFWriterRegistry.getWriterDatasetFactory(variant).create(variant)
                    .write(out, dataset, PrefixMapFactory.emptyPrefixMap(), null, writerContext());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document written in the format, as by {@link #write(RdfDocument, RdfFormat, OutputStream)}.
     *
     * @param document the default graph and named graphs to write
     * @param format the format chosen by content negotiation
     * @return the UTF-8 bytes of the representation
     */
    public static byte[] toBytes(RdfDocument document, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        write(document, format, out);
        return out.toByteArray();
    }

    /**
     * The graph written in the format, as by {@link #write(Graph, RdfFormat, OutputStream)}.
     *
     * @param graph the graph to write
     * @param format the format chosen by content negotiation
     * @return the UTF-8 bytes of the representation
     */
    public static byte[] toBytes(Graph graph, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        write(graph, format, out);
        return out.toByteArray();
    }

    /**
     * The charset named by the {@code charset} parameter of a {@code Content-Type} header value.
     *
     * @param contentType the header value, possibly null
     * @return the charset, or null when there is no such parameter
     * @throws ProblemException 415 when the charset is not one the JVM knows
     */
    public static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && "charset".equalsIgnoreCase(parameter.substring(0, equals).strip())) {
                String name = parameter.substring(equals + 1).strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw ProblemException.unsupportedMediaType("Unsupported charset: " + name).causedBy(e);
                }
            }
        }
        return null;
    }

    private static RDFParserBuilder source(RDFParserBuilder parser, InputStream body, RdfFormat format,
            Charset charset) {
        boolean otherCharset = charset != null && !charset.equals(StandardCharsets.UTF_8)
                && !charset.equals(StandardCharsets.US_ASCII);
        if (format == RdfFormat.RDF_XML && !otherCharset) {
            // RDF/XML is read as its XML declaration says.
            byte[] bytes = readAll(body);
            DoctypeGuard.refuseDoctype(new ByteArrayInputStream(bytes));
            return parser.source(new ByteArrayInputStream(bytes));
        }
        // The parsers read bytes as UTF-8, so another charset is decoded here; for XML the charset of the
        // Content-Type wins over the declaration (RFC 7303 §3.2). RIOT would replace bytes that are not UTF-8 with
        // U+FFFD and store the damage; a strict decoder refuses, before parsing, so that the refusal says what is
        // wrong rather than where the parser had got to. The text is parsed as a string: from a stream, RIOT first
        // fills a buffer of 128K characters, which cost a 25-triple document more than parsing it. The body is
        // bounded by the request size limit, and its graph is kept whole.
        String text = decodeStrictly(readAll(body), otherCharset ? charset : StandardCharsets.UTF_8);
        if (format == RdfFormat.RDF_XML) {
            DoctypeGuard.refuseDoctype(new StringReader(text));
        }
        return parser.fromString(text);
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return strictDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notInCharset(charset).causedBy(e);
        }
    }

    private static ProblemException notInCharset(Charset charset) {
        return ProblemException.badRequest("The body is not valid " + charset.name() + ": send its text in "
                + charset.name() + ", or name its charset in the Content-Type.");
    }

    private static boolean causedByCoding(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fresh options for each parse: Jena sets the base IRI on the options object it is given, so a shared one
     * would leak one request's base into another. No context cache is kept, since nothing is ever loaded.
     */
    private static JsonLdOptions jsonLdOptions(RefusingDocumentLoader loader) {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setContextCache(null);
        options.setDocumentCache(null);
        // Generalized RDF would allow blank nodes as predicates, which no other format can carry.
        options.setProduceGeneralizedRdf(false);
        // Without it a value's @direction is dropped (JSON-LD 1.1 §8.6); with it, Jena reads the value as a literal
        // with a base direction, as Turtle's "text"@ar--rtl, and writes it back in JSON-LD as this datatype.
        options.setRdfDirection(JsonLdOptions.RdfDirection.I18N_DATATYPE);
        return options;
    }

    private static ProblemException remoteContextRefused(String iri) {
        return ProblemException.badRequest("JSON-LD remote context " + iri
                + " is not loaded: put the context inline in the document").with("context", iri);
    }

    private static RDFFormat variant(RdfFormat format) {
        return switch (format) {
            case TURTLE -> TURTLE_VARIANT;
            case JSON_LD -> JSON_LD_VARIANT;
            case N_TRIPLES -> N_TRIPLES_VARIANT;
            case RDF_XML -> RDF_XML_VARIANT;
        };
    }

    /**
     * The writer settings, made afresh since writers receive a mutable context. Turtle gets {@code @prefix}
     * rather than Jena's default {@code PREFIX}: both are Turtle 1.1, but older Turtle parsers in Solid apps
     * only know the former.
     */
    private static Context writerContext() {
        Context context = new Context();
        context.set(RIOT.symTurtleDirectiveStyle, "at");
        return context;
    }

    private static byte[] readAll(InputStream body) {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line of the innermost cause, which is the most specific: Jena and Titanium wrap each other. */
    private static String message(JenaException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? null : message.lines().findFirst().orElse(null);
    }

    /**
     * Sorts what a parser emits into the default graph and the named graphs. Jena's own graph destination would
     * drop the quads of named graphs with a warning in the server log.
     */
    private static final class DocumentCollector extends StreamRDFBase {

        /** JSON-LD 1.1 §8.6's datatypes for a string with a language and a base direction, as Jena writes them. */
        private static final String I18N = "https://www.w3.org/ns/i18n#";
        private static final Pattern LANGUAGE_AND_DIRECTION = Pattern.compile("([^_]+)_(ltr|rtl)");

        private final Graph defaultGraph = new TripleSet();
        private final Map<Node, Graph> namedGraphs = new LinkedHashMap<>();
        private final boolean directionsAsDatatypes;

        /**
         * @param directionsAsDatatypes whether a literal of an {@code i18n} datatype is read as the string with a
         *     language and a base direction it stands for (JSON-LD, whose writer gives them so)
         */
        DocumentCollector(boolean directionsAsDatatypes) {
            this.directionsAsDatatypes = directionsAsDatatypes;
        }

        @Override
        public void triple(Triple triple) {
            defaultGraph.add(withDirection(triple));
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                defaultGraph.add(withDirection(quad.asTriple()));
            } else {
                namedGraphs.computeIfAbsent(quad.getGraph(), name -> GraphFactory.createDefaultGraph())
                        .add(withDirection(quad.asTriple()));
            }
        }

        private Triple withDirection(Triple triple) {
            Node object = triple.getObject();
            if (!directionsAsDatatypes || !object.isLiteral() || !object.getLiteralDatatypeURI().startsWith(I18N)) {
                return triple;
            }
            Matcher matcher = LANGUAGE_AND_DIRECTION.matcher(object.getLiteralDatatypeURI().substring(I18N.length()));
            if (!matcher.matches()) {
                return triple;
            }
            return Triple.create(triple.getSubject(), triple.getPredicate(), NodeFactory.createLiteralDirLang(
                    object.getLiteralLexicalForm(), matcher.group(1), matcher.group(2)));
        }

        @Override
        public void prefix(String prefix, String iri) {
            defaultGraph.getPrefixMapping().setNsPrefix(prefix, iri);
        }

        RdfDocument result() {
            return new RdfDocument(defaultGraph, namedGraphs);
        }
    }

    /** The triples of a graph with other prefixes, leaving the graph itself untouched. */
    private static final class PrefixedView extends WrappedGraph {

        private final PrefixMapping prefixes;

        PrefixedView(Graph graph, PrefixMap prefixes) {
            super(graph);
            this.prefixes = Prefixes.adapt(prefixes);
        }

        @Override
        public PrefixMapping getPrefixMapping() {
            return prefixes;
        }
    }
}
