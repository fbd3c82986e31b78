// SPDX-License-Identifier: Apache-2.0
// The example below is a command-line program, which prints.
// CHECKSTYLE.OFF: Regexp
/**
 * The Java library that apps and the city use to work with Solid pods: sessions, RDF documents as Jena graphs,
 * containers, binaries, a pod's SPARQL endpoint and its Web Access Control rules, with failures as typed
 * exceptions that keep the server's RFC 9457 problem details.
 *
 * <p>{@link org.solidaire.client.PodSession} says who acts (client credentials, an existing DPoP-bound token, or
 * nobody); {@link org.solidaire.client.PodClient} does the work. A complete program, for a pod server at
 * {@code http://127.0.0.1:8080/} whose account {@code alice} has registered the client {@code alice-app}:
 *
 * <pre>{@code
 * import java.net.URI;
 * import java.util.Set;
 * import org.apache.jena.graph.Graph;
 * import org.apache.jena.graph.NodeFactory;
 * import org.apache.jena.sparql.graph.GraphFactory;
 * import org.solidaire.client.AccessMode;
 * import org.solidaire.client.DefaultGraph;
 * import org.solidaire.client.PodClient;
 * import org.solidaire.client.PodSession;
 * import org.solidaire.client.RdfDocument;
 * import org.solidaire.client.WriteCondition;
 *
 * public class Notes {
 *     public static void main(String[] args) {
 *         PodSession session = PodSession.ofClientCredentials(URI.create("http://127.0.0.1:8080/"),
 *                 "alice-app", "alice-secret");
 *         PodClient pod = PodClient.of(session);
 *         URI note = URI.create("http://127.0.0.1:8080/alice/notes/today.ttl");
 *
 *         Graph graph = GraphFactory.createDefaultGraph();
 *         graph.add(NodeFactory.createURI(note + "#it"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
 *                 NodeFactory.createLiteralString("Water bill"));
 *         pod.write(note, graph, WriteCondition.ifAbsent());
 *
 *         RdfDocument read = pod.read(note);
 *         read.graph().add(NodeFactory.createURI(note + "#it"),
 *                 NodeFactory.createURI("http://purl.org/dc/terms/subject"), NodeFactory.createLiteralString("water"));
 *         pod.write(note, read.graph(), WriteCondition.ifMatch(read.etag().orElseThrow()));
 *
 *         pod.accessControl().grant(URI.create("http://127.0.0.1:8080/alice/notes/"),
 *                 URI.create("http://127.0.0.1:8080/bob/profile/card#me"), Set.of(AccessMode.READ));
 *
 *         pod.sparql(URI.create("http://127.0.0.1:8080/alice/"))
 *                 .select("SELECT ?title WHERE { ?s <http://purl.org/dc/terms/title> ?title }", DefaultGraph.UNION)
 *                 .forEachRemaining(row -> System.out.println(row.get("title")));
 *     }
 * }
 * }</pre>
 *
 * <p>Everything that fails on the wire is a {@link org.solidaire.client.SolidaireClientException}: catch
 * {@link org.solidaire.client.PreconditionFailedException} to retry a conditional write from a fresh read, or
 * {@link org.solidaire.client.UnprocessableContentException} to show a citizen which SHACL constraint the data
 * broke.
 *
 * @see <a href="https://solidproject.org/TR/protocol">Solid Protocol</a>
 */
// CHECKSTYLE.ON: Regexp
package org.solidaire.client;
