// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.vocabulary.RDF;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.vocab.SOLID;

/**
 * Reads an N3 Patch document and checks it against the constraints of the Solid Protocol.
 *
 * <p>Jena has no Notation3 parser, so three of its parsers share the work: RIOT's Turtle tokenizer finds the cited
 * formulae ({@link CitedFormulas}), RIOT's Turtle parser reads the document around them with each formula replaced by
 * a placeholder IRI, and ARQ's SPARQL parser reads the body of each formula as a basic graph pattern, with the
 * prefixes and base in force where the formula stands. A basic graph pattern is exactly what Solid lets a formula
 * hold: triples and triple patterns. Notation3 syntax beyond Turtle and formulae, such as rules or
 * {@code @forAll}, is answered with 400 Bad Request, because none of these parsers reads it.
 *
 * @see <a href="https://solidproject.org/TR/2024/protocol-20240512#n3-patch">Solid Protocol 0.11 §5.3.1</a>
 */
final class N3PatchParser {

    private static final String LANGUAGE = "N3 Patch";
    private static final String FORMULA_PREFIX = "SELECT * WHERE {";
    /** Directives Turtle reads but a formula may not hold. */
    private static final Pattern DIRECTIVE = Pattern.compile("(?i)(^|\\s)@?(prefix|base)\\s");

    /** The prefixes and base in force where a formula stands, which its body is read with. */
    private record Scope(PrefixMapping prefixes, String base) {
    }

    private final String text;
    private final String targetIri;
    private final CitedFormulas formulas;
    private final Graph document = GraphFactory.createDefaultGraph();
    private final Map<Node, Scope> scopes = new HashMap<>();

    private N3PatchParser(String text, String targetIri, CitedFormulas formulas) {
        this.text = text;
        this.targetIri = targetIri;
        this.formulas = formulas;
    }

    /**
     * Parses an N3 Patch.
     *
     * @param text the document
     * @param targetIri the IRI of the resource to patch, the base for relative IRIs
     * @return the patch
     * @throws ProblemException 400 for a syntax error, 422 for a document that is not a valid patch
     */
    static N3Patch parse(String text, String targetIri) {
        CitedFormulas formulas;
        try {
            formulas = CitedFormulas.scan(text);
        } catch (RiotParseException e) {
            throw (e.getLine() < 1 ? SyntaxProblem.unplaced(LANGUAGE, e.getOriginalMessage())
                    : SyntaxProblem.at(LANGUAGE, e.getLine(), e.getCol(), e.getOriginalMessage())).causedBy(e);
        }
        try {
            return new N3PatchParser(text, targetIri, formulas).parse();
        } catch (StackOverflowError e) {
            // The Turtle parser recurses into nested lists and blank nodes; the stack has unwound by now.
            throw ProblemException.badRequest("The N3 Patch is nested too deeply to be read.").causedBy(e);
        }
    }

    private N3Patch parse() {
        readDocument();
        Node patch = patchResource();
        List<Triple> conditions = formula(patch, SOLID.where, "solid:where");
        List<Triple> deletions = formula(patch, SOLID.deletes, "solid:deletes");
        List<Triple> insertions = formula(patch, SOLID.inserts, "solid:inserts");
        Set<Var> bound = namedVariables(conditions);
        requireNoBlankNodes(deletions, "solid:deletes");
        requireNoBlankNodes(insertions, "solid:inserts");
        InsertedTerms.requireWellFormed(LANGUAGE, insertions);
        requireBound(deletions, "solid:deletes", bound);
        requireBound(insertions, "solid:inserts", bound);
        requireRdfShape(insertions);
        return new N3Patch(conditions, deletions, insertions);
    }

    private void readDocument() {
        String rewritten = formulas.rewritten();
        try {
            RDFParser.create().fromString(rewritten).lang(Lang.TURTLE).base(targetIri)
                    .errorHandler(CitedFormulas.THROWING).parse(new ScopeRecorder());
        } catch (RiotParseException e) {
            if (e.getLine() < 1) {
                throw SyntaxProblem.unplaced(LANGUAGE, e.getOriginalMessage()).causedBy(e);
            }
            int offset = formulas.originalOffset(TextPositions.riot(rewritten).offset(e.getLine(), e.getCol()));
            TextPositions original = TextPositions.riot(text);
            throw SyntaxProblem.at(LANGUAGE, original.line(offset), original.column(offset), e.getOriginalMessage())
                    .causedBy(e);
        } catch (RiotException e) {
            throw SyntaxProblem.unplaced(LANGUAGE, e.getMessage()).causedBy(e);
        }
    }

    /** Collects the document's triples and, for each formula, the prefixes and base in force where it stands. */
    private final class ScopeRecorder extends StreamRDFBase {

        private final PrefixMapping prefixes = PrefixMapping.Factory.create();
        private String base = targetIri;

        @Override
        public void triple(Triple triple) {
            document.add(triple);
            for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                if (formulas.isPlaceholder(node)) {
                    scopes.put(node, new Scope(PrefixMapping.Factory.create().setNsPrefixes(prefixes), base));
                }
            }
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.setNsPrefix(prefix, iri);
        }

        @Override
        public void base(String iri) {
            base = iri;
        }
    }

    /** Solid Protocol §5.3.1: exactly one patch resource, of type solid:InsertDeletePatch, named by IRI or blank. */
    private Node patchResource() {
        Set<Node> patches = new LinkedHashSet<>();
        for (Node predicate : List.of(SOLID.where, SOLID.deletes, SOLID.inserts)) {
            document.find(Node.ANY, predicate, Node.ANY).forEachRemaining(triple -> patches.add(triple.getSubject()));
        }
        for (Node type : List.of(SOLID.InsertDeletePatch, SOLID.Patch)) {
            document.find(Node.ANY, RDF.Nodes.type, type).forEachRemaining(triple -> patches.add(triple.getSubject()));
        }
        if (patches.isEmpty()) {
            throw ProblemException.unprocessable("The N3 Patch contains no patch resource: it needs a subject of "
                    + "type solid:InsertDeletePatch (Solid Protocol §5.3.1).");
        }
        if (patches.size() > 1) {
            throw ProblemException.unprocessable("The N3 Patch must contain exactly one patch resource, but it "
                    + "contains " + patches.size() + " (Solid Protocol §5.3.1).");
        }
        Node patch = patches.iterator().next();
        if (formulas.isPlaceholder(patch)) {
            throw ProblemException.unprocessable("The patch resource must be identified by an IRI or a blank node, "
                    + "not by a formula (Solid Protocol §5.3.1).");
        }
        if (!document.contains(patch, RDF.Nodes.type, SOLID.InsertDeletePatch)) {
            throw ProblemException.unprocessable("The patch resource must have the type solid:InsertDeletePatch "
                    + "(Solid Protocol §5.3.1).");
        }
        return patch;
    }

    /** Solid Protocol §5.3.1: at most one formula per role, non-nested; an absent one is the empty formula. */
    private List<Triple> formula(Node patch, Node predicate, String role) {
        List<Triple> statements = document.find(patch, predicate, Node.ANY).toList();
        if (statements.isEmpty()) {
            return List.of();
        }
        if (statements.size() > 1) {
            throw ProblemException.unprocessable("The patch resource has " + statements.size() + " " + role
                    + " formulae; it may have at most one (Solid Protocol §5.3.1).");
        }
        Node object = statements.get(0).getObject();
        CitedFormulas.Formula formula = formulas.formula(object).orElseThrow(() -> ProblemException.unprocessable(
                "The object of " + role + " must be a formula { ... } (Solid Protocol §5.3.1)."));
        if (formula.nested()) {
            throw ProblemException.unprocessable("The " + role + " formula contains another formula; it must hold "
                    + "triples and triple patterns only (Solid Protocol §5.3.1).");
        }
        return triplePatterns(formula, scopes.get(object), role);
    }

    private List<Triple> triplePatterns(CitedFormulas.Formula formula, Scope scope, String role) {
        if (!"solid:where".equals(role)) {
            Optional<List<Triple>> data = asTurtle(formula.body(text), scope);
            if (data.isPresent()) {
                return data.get();
            }
        }
        String query = FORMULA_PREFIX + formula.body(text) + "\n}";
        Query parsed = new Query();
        parsed.setPrefixMapping(scope.prefixes());
        parsed.setBaseURI(scope.base());
        try {
            QueryFactory.parse(parsed, query, scope.base(), Syntax.syntaxSPARQL_11);
        } catch (QueryException e) {
            throw formulaSyntaxProblem(e, formula, query).causedBy(e);
        }
        return triples(parsed.getQueryPattern(), role);
    }

    /**
     * Reads a formula without variables with RIOT's Turtle parser, many times faster than ARQ's on the thousands of
     * triples an import inserts. What Turtle does not read (variables, a statement without its final dot, an
     * error to place) goes to ARQ's parser, which reads every formula the same way but for its speed.
     */
    private static Optional<List<Triple>> asTurtle(String body, Scope scope) {
        if (body.indexOf('?') >= 0 || body.indexOf('$') >= 0 || holdsDirective(body)) {
            return Optional.empty();
        }
        StringBuilder turtle = new StringBuilder(body.length() + 256);
        scope.prefixes().getNsPrefixMap().forEach((prefix, iri) ->
                turtle.append("@prefix ").append(prefix).append(": <").append(iri).append("> .\n"));
        turtle.append(body);
        List<Triple> triples = new ArrayList<>();
        try {
            RDFParser.create().fromString(turtle.toString()).lang(Lang.TURTLE).base(scope.base())
                    .errorHandler(CitedFormulas.THROWING).parse(new StreamRDFBase() {
                        @Override
                        public void triple(Triple triple) {
                            triples.add(triple);
                        }
                    });
        } catch (RiotException e) {
            return Optional.empty();
        }
        return Optional.of(triples);
    }

    /**
     * Whether a formula body holds a Turtle directive. The regular expression is tried only where one of the
     * directive words stands: on the tens of kilobytes of an import's formula, searching with it alone took a fifth
     * of the time of reading the patch.
     */
    private static boolean holdsDirective(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = Character.toLowerCase(body.charAt(i));
            if (c == 'p' && body.regionMatches(true, i, "prefix", 0, 6)
                    || c == 'b' && body.regionMatches(true, i, "base", 0, 4)) {
                return DIRECTIVE.matcher(body).find();
            }
        }
        return false;
    }

    /** Places an error of ARQ's parser in the original document: the formula body sits after the query's prefix. */
    private ProblemException formulaSyntaxProblem(QueryException e, CitedFormulas.Formula formula, String query) {
        Optional<long[]> reported = SyntaxProblem.position(e);
        if (reported.isEmpty()) {
            return SyntaxProblem.unplaced(LANGUAGE, e.getMessage());
        }
        int inBody = TextPositions.sparql(query).offset(reported.get()[0], reported.get()[1])
                - FORMULA_PREFIX.length();
        int offset = formula.bodyStart() + Math.max(0, Math.min(inBody, formula.body(text).length()));
        TextPositions original = TextPositions.riot(text);
        return SyntaxProblem.at(LANGUAGE, original.line(offset), original.column(offset), e.getMessage());
    }

    /** What SPARQL reads beyond a basic graph pattern (FILTER, BIND, property paths) is not a Solid formula. */
    private static List<Triple> triples(Element pattern, String role) {
        List<Triple> triples = new ArrayList<>();
        List<Element> elements = pattern instanceof ElementGroup group ? group.getElements() : List.of(pattern);
        for (Element element : elements) {
            if (!(element instanceof ElementPathBlock block)) {
                throw notTriples(role);
            }
            for (TriplePath path : block.getPattern().getList()) {
                if (!path.isTriple()) {
                    throw notTriples(role);
                }
                triples.add(path.asTriple());
            }
        }
        return triples;
    }

    private static ProblemException notTriples(String role) {
        return ProblemException.unprocessable("The " + role + " formula must consist only of triples and triple "
                + "patterns (Solid Protocol §5.3.1).");
    }

    private static Set<Var> namedVariables(List<Triple> triples) {
        Set<Var> variables = new LinkedHashSet<>();
        for (Triple triple : triples) {
            for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                if (Var.isNamedVar(node)) {
                    variables.add(Var.alloc(node));
                }
            }
        }
        return variables;
    }

    /** Solid Protocol §5.3.1: insertions and deletions must not contain blank nodes. */
    private static void requireNoBlankNodes(List<Triple> triples, String role) {
        boolean blank = triples.stream()
                .flatMap(triple -> Stream.of(triple.getSubject(), triple.getPredicate(), triple.getObject()))
                .anyMatch(node -> node.isBlank() || Var.isBlankNodeVar(node));
        if (blank) {
            throw ProblemException.unprocessable("The " + role + " formula must not contain blank nodes "
                    + "(Solid Protocol §5.3.1); use a variable bound by solid:where instead.");
        }
    }

    /** Solid Protocol §5.3.1: insertions and deletions must not contain variables absent from the conditions. */
    private static void requireBound(List<Triple> triples, String role, Set<Var> bound) {
        Set<String> unbound = new TreeSet<>();
        for (Var variable : namedVariables(triples)) {
            if (!bound.contains(variable)) {
                unbound.add("?" + variable.getVarName());
            }
        }
        if (!unbound.isEmpty()) {
            throw ProblemException.unprocessable("The " + role + " formula uses variables that do not occur in "
                    + "solid:where: " + String.join(", ", unbound) + " (Solid Protocol §5.3.1).");
        }
    }

    /** A literal subject or a non-IRI predicate that no variable stands for can never make an RDF triple. */
    private static void requireRdfShape(List<Triple> insertions) {
        for (Triple triple : insertions) {
            Node subject = triple.getSubject();
            Node predicate = triple.getPredicate();
            if (subject.isLiteral() || !(predicate.isURI() || Var.isVar(predicate))) {
                throw ProblemException.unprocessable("The solid:inserts formula holds a statement that is not an "
                        + "RDF triple: its subject must be an IRI or a variable, and its predicate an IRI or a "
                        + "variable.");
            }
        }
    }
}
