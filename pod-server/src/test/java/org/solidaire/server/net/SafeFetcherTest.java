// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFetcherTest {

    /** Long enough that a refusal which waited for a connection would be obvious. */
    private static final Duration SLOW_CONNECT = Duration.ofSeconds(30);

    /** Far under the connect timeout, and generous enough for a loaded build machine. */
    private static final Duration FAST_ENOUGH = Duration.ofSeconds(5);

    /** A refused fetch and how long the refusal took, not counting the start of the fetcher. */
    private record Refusal(FetchException exception, Duration took) {

        String message() {
            return exception.getMessage();
        }
    }

    private LoopbackHttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackHttpServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void fetchesADocumentFromLoopbackWhenTheFlagAllowsIt() throws FetchException {
        server.serve("/card", "text/turtle", "<#me> a <#Person> .");

        try (SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(true))) {
            FetchedDocument document = fetcher.get(server.uri("/card#me"), "text/turtle");

            assertAll(
                    () -> assertEquals(server.uri("/card"), document.uri()),
                    () -> assertEquals("text/turtle", document.contentType()),
                    () -> assertArrayEquals("<#me> a <#Person> .".getBytes(UTF_8), document.body()),
                    () -> assertEquals("text/turtle", server.received().get(0).headers().getFirst("Accept")));
        }
    }

    @Test
    void refusesLoopbackByDefaultWithoutConnecting() {
        server.serve("/card", "text/turtle", "");

        FetchException refused = fetchFails(FetchPolicy.defaults(false), server.uri("/card"));

        assertAll(
                () -> assertTrue(refused.getMessage().contains("127.0.0.1 is loopback"), refused.getMessage()),
                () -> assertEquals(0, server.hits()));
    }

    @Test
    void refusesAHostNameThatResolvesToLoopback() {
        FetchException refused = fetchFails(FetchPolicy.defaults(false),
                URI.create("http://localhost:" + server.port() + "/card"));

        assertAll(
                () -> assertTrue(refused.getMessage().contains("is loopback"), refused.getMessage()),
                () -> assertEquals(0, server.hits()));
    }

    static Stream<Arguments> internalAddresses() {
        return Stream.of(
                Arguments.of("10.0.0.1", "private (10.0.0.0/8)"),
                Arguments.of("172.16.5.4", "private (172.16.0.0/12)"),
                Arguments.of("192.168.1.1", "private (192.168.0.0/16)"),
                Arguments.of("169.254.169.254", "link-local (169.254.0.0/16)"),
                Arguments.of("100.64.0.1", "carrier-grade NAT"),
                Arguments.of("0.0.0.0", "any-local"),
                Arguments.of("224.0.0.1", "multicast"),
                Arguments.of("[fc00::1]", "unique-local (fc00::/7)"),
                Arguments.of("[fd12:3456::1]", "unique-local (fc00::/7)"),
                Arguments.of("[fe80::1]", "link-local (fe80::/10)"),
                Arguments.of("[ff02::1]", "multicast"),
                Arguments.of("[::]", "any-local"),
                Arguments.of("[::ffff:10.0.0.1]", "private (10.0.0.0/8)"),
                Arguments.of("[::ffff:169.254.169.254]", "link-local"));
    }

    @ParameterizedTest(name = "{0} is refused as {1} even when loopback is allowed")
    @MethodSource("internalAddresses")
    void refusesInternalAddressesBeforeAnyConnection(String host, String reason) {
        FetchPolicy policy = new FetchPolicy(true, SLOW_CONNECT, SLOW_CONNECT.multipliedBy(2), 1024);

        Refusal refused = timedRefusal(policy, URI.create("http://" + host + "/latest/meta-data/"));

        assertAll(
                () -> assertTrue(refused.message().contains("Refused to connect"), refused.message()),
                () -> assertTrue(refused.message().contains(reason), refused.message()),
                () -> assertTrue(refused.took().compareTo(FAST_ENOUGH) < 0, "refusal took " + refused.took()));
    }

    @ParameterizedTest(name = "{0} is refused as loopback by default")
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "[::1]", "[::ffff:127.0.0.1]"})
    void refusesLoopbackLiteralsByDefaultBeforeAnyConnection(String host) {
        FetchPolicy policy = new FetchPolicy(false, SLOW_CONNECT, SLOW_CONNECT.multipliedBy(2), 1024);

        Refusal refused = timedRefusal(policy, URI.create("http://" + host + ":" + server.port() + "/"));

        assertAll(
                () -> assertTrue(refused.message().contains("is loopback"), refused.message()),
                () -> assertTrue(refused.took().compareTo(FAST_ENOUGH) < 0, "refusal took " + refused.took()),
                () -> assertEquals(0, server.hits()));
    }

    @ParameterizedTest(name = "{0} is not fetched")
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/", "jar:file:/x.jar!/y", "urn:isbn:123"})
    void refusesSchemesOtherThanHttpAndHttps(String url) {
        FetchException refused = fetchFails(FetchPolicy.defaults(true), URI.create(url));

        assertTrue(refused.getMessage().contains("Refused to fetch"), refused.getMessage());
    }

    @Test
    void refusesUrlsWithUserInformation() {
        FetchException refused = fetchFails(FetchPolicy.defaults(true),
                URI.create("http://user:secret@127.0.0.1:" + server.port() + "/"));

        assertAll(
                () -> assertTrue(refused.getMessage().contains("user information"), refused.getMessage()),
                () -> assertEquals(0, server.hits()));
    }

    @Test
    void followsUpToThreeRedirects() throws FetchException {
        server.redirect("/one", "/two").redirect("/two", server.uri("/three").toString())
                .redirect("/three", "doc").serve("/doc", "text/plain", "here");

        try (SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(true))) {
            FetchedDocument document = fetcher.get(server.uri("/one"), "*/*");

            assertAll(
                    () -> assertEquals(server.uri("/doc"), document.uri()),
                    () -> assertArrayEquals("here".getBytes(UTF_8), document.body()));
        }
    }

    @Test
    void refusesAFourthRedirect() {
        server.redirect("/one", "/two").redirect("/two", "/three").redirect("/three", "/four")
                .redirect("/four", "/doc").serve("/doc", "text/plain", "here");

        FetchException refused = fetchFails(FetchPolicy.defaults(true), server.uri("/one"));

        assertAll(
                () -> assertTrue(refused.getMessage().contains("more than 3 redirects"), refused.getMessage()),
                () -> assertEquals(0, server.hits("/doc")));
    }

    @ParameterizedTest(name = "a redirect to {0} is refused")
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin",
        "http://[::ffff:192.168.1.1]/", "file:///etc/passwd"})
    void refusesARedirectToARefusedUrl(String location) {
        server.redirect("/card", location);

        Refusal refused = timedRefusal(new FetchPolicy(true, SLOW_CONNECT, SLOW_CONNECT.multipliedBy(2), 1024),
                server.uri("/card"));

        assertAll(
                () -> assertTrue(refused.message().startsWith("Refused"), refused.message()),
                () -> assertTrue(refused.took().compareTo(FAST_ENOUGH) < 0, "refusal took " + refused.took()));
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() throws FetchException {
        server.serve("/doc", "text/plain", "x".repeat(1024));

        try (SafeFetcher fetcher = new SafeFetcher(policyWithLimit(1024))) {
            assertEquals(1024, fetcher.get(server.uri("/doc"), "*/*").body().length);
        }
    }

    @Test
    void refusesABodyWhoseContentLengthExceedsTheLimit() {
        server.serve("/doc", "text/plain", "x".repeat(1025));

        FetchException refused = fetchFails(policyWithLimit(1024), server.uri("/doc"));

        assertTrue(refused.getMessage().contains("exceeds the limit of 1024 bytes"), refused.getMessage());
    }

    @Test
    void stopsReadingAChunkedBodyOnceItExceedsTheLimit() throws InterruptedException {
        long endless = 256L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        AtomicBoolean writeFailed = new AtomicBoolean();
        CountDownLatch handlerDone = new CountDownLatch(1);
        server.route("/endless", exchange -> streamUntilRefused(exchange, endless, written, writeFailed,
                handlerDone));

        FetchException refused = fetchFails(policyWithLimit(64 * 1024), server.uri("/endless"));

        assertTrue(handlerDone.await(10, TimeUnit.SECONDS), "the server never noticed the client stopped");
        assertAll(
                () -> assertTrue(refused.getMessage().contains("exceeds the limit"), refused.getMessage()),
                () -> assertTrue(writeFailed.get(), "the server could write everything"),
                () -> assertTrue(written.get() < endless, "written " + written.get()));
    }

    @Test
    void timesOutOnAServerThatDoesNotAnswer() {
        server.route("/slow", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException expected) {
                Thread.currentThread().interrupt();
            }
        });
        FetchPolicy policy = new FetchPolicy(true, Duration.ofSeconds(1), Duration.ofMillis(500), 1024);

        Refusal refused = timedRefusal(policy, server.uri("/slow"));

        assertAll(
                () -> assertTrue(refused.message().startsWith("Timed out"), refused.message()),
                () -> assertTrue(refused.took().compareTo(Duration.ofMillis(400)) > 0, "gave up at " + refused.took()),
                () -> assertTrue(refused.took().compareTo(FAST_ENOUGH) < 0, "timing out took " + refused.took()));
    }

    @ParameterizedTest(name = "status {0} fails the fetch")
    @ValueSource(ints = {304, 401, 404, 500, 503})
    void failsOnStatusesOtherThan2xx(int status) {
        server.route("/doc", exchange -> LoopbackHttpServer.send(exchange, status, "text/plain", new byte[0]));

        FetchException refused = fetchFails(FetchPolicy.defaults(true), server.uri("/doc"));

        assertTrue(refused.getMessage().contains("status " + status), refused.getMessage());
    }

    @Test
    void acceptsANoContentAnswerAsAnEmptyDocument() throws FetchException {
        server.route("/doc", exchange -> LoopbackHttpServer.send(exchange, 204, "text/plain", new byte[0]));

        try (SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(true))) {
            assertEquals(0, fetcher.get(server.uri("/doc"), "*/*").body().length);
        }
    }

    @Test
    void keepsNoCookieAndSendsNoCredentials() throws FetchException {
        server.route("/doc", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"x\"");
            LoopbackHttpServer.send(exchange, 200, "text/plain", "ok".getBytes(UTF_8));
        });

        try (SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(true))) {
            fetcher.get(server.uri("/doc"), "*/*");
            fetcher.get(server.uri("/doc"), "*/*");
        }

        assertAll(server.received().stream().map(request -> () -> assertAll(
                () -> assertNull(request.headers().getFirst("Cookie")),
                () -> assertNull(request.headers().getFirst("Authorization")))));
    }

    @Test
    void givesDocumentsWithoutContentTypeTheOctetStreamType() throws FetchException {
        server.route("/doc", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("ok".getBytes(UTF_8));
            }
        });

        try (SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(true))) {
            assertEquals("application/octet-stream", fetcher.get(server.uri("/doc"), "*/*").contentType());
        }
    }

    private static FetchPolicy policyWithLimit(long maxBytes) {
        return new FetchPolicy(true, Duration.ofSeconds(3), Duration.ofSeconds(5), maxBytes);
    }

    private static Refusal timedRefusal(FetchPolicy policy, URI uri) {
        try (SafeFetcher fetcher = new SafeFetcher(policy)) {
            long start = System.nanoTime();
            FetchException refused = assertThrows(FetchException.class, () -> fetcher.get(uri, "*/*"));
            return new Refusal(refused, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static FetchException fetchFails(FetchPolicy policy, URI uri) {
        try (SafeFetcher fetcher = new SafeFetcher(policy)) {
            return assertThrows(FetchException.class, () -> fetcher.get(uri, "*/*"));
        }
    }

    private static void streamUntilRefused(HttpExchange exchange, long total,
            AtomicLong written, AtomicBoolean writeFailed, CountDownLatch done) throws IOException {
        byte[] chunk = new byte[8192];
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            while (written.get() < total) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        } catch (IOException e) {
            writeFailed.set(true);
        } finally {
            done.countDown();
        }
    }
}
