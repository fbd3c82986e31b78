// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty on 127.0.0.1 and a free port with the vocabulary handler first in a sequence, as the server wires it, and
 * behind it a handler that answers 418 to every request that reaches it, to show which ones the vocabulary
 * handler declines.
 */
final class VocabularyServer implements AutoCloseable {

    /** The status of a request that the vocabulary handler left to the next handler. */
    static final int DECLINED = 418;

    private final Server jetty;
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private VocabularyServer(Server jetty, String baseUrl) {
        this.jetty = jetty;
        this.baseUrl = baseUrl;
    }

    static VocabularyServer start() throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        try {
            connector.open();
            String baseUrl = "http://127.0.0.1:" + connector.getLocalPort() + "/";
            jetty.setHandler(new Handler.Sequence(new VocabularyHandler(baseUrl), new Declined()));
            jetty.start();
            return new VocabularyServer(jetty, baseUrl);
        } catch (Exception e) {
            jetty.stop();
            throw e;
        }
    }

    /** The public base URL, ending with {@code /}. */
    String baseUrl() {
        return baseUrl;
    }

    /** The absolute URL of a path such as {@code /ns/cdv}. */
    String url(String path) {
        return baseUrl + path.substring(1);
    }

    /** Sends a GET with the given header names and values. */
    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    /** Sends a request without a body. */
    HttpResponse<String> send(String method, String path, String... headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }

    /** Answers every request with 418, standing for the Solid handler behind the vocabulary handler. */
    private static final class Declined extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(DECLINED);
            response.write(true, ByteBuffer.wrap("declined".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
