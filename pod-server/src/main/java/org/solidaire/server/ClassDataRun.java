// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.solidaire.server.store.FileTrees;

/**
 * A short life of a server, from which the build records the jar's class-data archive (the JDK's application
 * class-data sharing): started with {@code -XX:ArchiveClassesAtExit}, the JVM writes every class this run loaded,
 * parsed and verified, into a file that later starts map instead of loading the classes one by one from the jar.
 * A server started with {@code -XX:SharedArchiveFile} on that file answers its first request in about half the
 * time.
 *
 * <p>The run starts a server over a temporary directory with an open pod, on a free loopback port, and makes the
 * requests a server's first minutes are made of: the readiness probe, writes in each RDF syntax and each patch
 * language, reads in each syntax, a listing, a query, a binary, an unauthenticated and a falsely authenticated
 * read of a private resource. Each answer's status is checked, so that a build whose server cannot do these fails
 * here. It removes the directory and leaves nothing else behind.
 */
public final class ClassDataRun {

    private static final String POD = "training";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String pod;
    private final String base;

    private ClassDataRun(String base) {
        this.base = base;
        this.pod = base + POD + "/";
    }

    /**
     * Runs it over a temporary directory.
     *
     * @param args none
     * @throws IOException when the server cannot start or the directory cannot be made or removed
     * @throws InterruptedException when interrupted while waiting for an answer
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("solidaire-class-data");
        try {
            run(dataDir);
        } finally {
            FileTrees.remove(dataDir);
        }
    }

    /**
     * Starts a server over a data directory, makes the requests and stops it.
     *
     * @param dataDir an empty directory
     * @throws IOException when the server cannot start, or an answer is not the one expected
     * @throws InterruptedException when interrupted while waiting for an answer
     */
    static void run(Path dataDir) throws IOException, InterruptedException {
        SystemProperties.set();
        try (SolidServer server = SolidServer.start(ServerOptions.builder(dataDir).port(0)
                .accessLog(dataDir.resolve("access.log")).openPods(List.of(POD)).build())) {
            new ClassDataRun(server.baseUrl()).requests();
        }
    }

    private void requests() throws IOException, InterruptedException {
        expect(200, send(get(base)));
        expect(201, send(put("notes/card", "text/turtle",
                "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<#me> a foaf:Person ; foaf:name \"Camille\" .\n")));
        expect(201, send(put("notes/linked", "application/ld+json",
                "{\"@id\": \"#it\", \"http://xmlns.com/foaf/0.1/name\": \"Lyon\"}")));
        expect(201, send(put("notes/triples", "application/n-triples",
                "<http://example.org/a> <http://example.org/b> \"c\" .\n")));
        expect(201, send(put("notes/xml", "application/rdf+xml",
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                        + "xmlns:foaf=\"http://xmlns.com/foaf/0.1/\"><rdf:Description rdf:about=\"#it\">"
                        + "<foaf:name>Lyon</foaf:name></rdf:Description></rdf:RDF>")));
        expect(204, send(patch("notes/card", "text/n3",
                "@prefix solid: <http://www.w3.org/ns/solid/terms#> .\n"
                        + "_:p a solid:InsertDeletePatch ;\n"
                        + "  solid:inserts { <#me> <http://example.org/age> 42 . } .\n")));
        expect(204, send(patch("notes/card", "application/sparql-update",
                "INSERT DATA { <#me> <http://example.org/city> \"Lyon\" }")));
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples",
                "application/rdf+xml")) {
            expect(200, send(request("notes/card").header("Accept", accept).GET()));
        }
        expect(200, send(request("notes/").GET()));
        expect(200, send(request("notes/card").method("HEAD", HttpRequest.BodyPublishers.noBody())));
        expect(204, send(request("notes/card").method("OPTIONS", HttpRequest.BodyPublishers.noBody())));
        expect(201, send(request("notes/").header("Content-Type", "image/png").header("Slug", "picture")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G'}))));
        expect(200, send(request(".well-known/sparql?query="
                + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 5", StandardCharsets.UTF_8)).GET()));
        expect(201, send(put("private/diary", "text/turtle", "<#today> <http://example.org/mood> \"calm\" .\n")));
        expect(201, send(put("private/.acl", "text/turtle",
                "@prefix acl: <http://www.w3.org/ns/auth/acl#> .\n<#owner> a acl:Authorization ; "
                        + "acl:agent <https://example.org/profile#me> ; acl:accessTo <./> ; acl:default <./> ; "
                        + "acl:mode acl:Read, acl:Write, acl:Control .\n")));
        expect(401, send(request("private/").GET()));
        expect(401, send(request("private/").header("Authorization", "DPoP not-a-token")
                .header("DPoP", "not-a-proof").GET()));
        expect(204, send(request("notes/xml").DELETE()));
        expect(404, send(request("notes/xml").GET()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(pod + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    }

    private HttpRequest.Builder put(String path, String contentType, String body) {
        return request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder patch(String path, String contentType, String body) {
        return request(path).header("Content-Type", contentType)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " rather than " + status + ": " + response.body());
        }
    }
}
