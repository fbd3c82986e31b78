// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.access.Agent;
import org.solidaire.server.access.wac.WacEngine;
import org.solidaire.server.auth.AuthOptions;
import org.solidaire.server.auth.Credentials;
import org.solidaire.server.auth.RequestAuthenticator;
import org.solidaire.server.http.ProblemErrorHandler;
import org.solidaire.server.http.SolidHandler;
import org.solidaire.server.identity.IdentityFiles;
import org.solidaire.server.identity.IdentityOptions;
import org.solidaire.server.identity.IdentityService;
import org.solidaire.server.net.FetchPolicy;
import org.solidaire.server.net.SafeFetcher;
import org.solidaire.server.rdf.RdfCodec;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.server.store.tdb2.ShardedStore;
import org.solidaire.server.vocabulary.VocabularyHandler;

/**
 * A running Solidaire server: Jetty 12 serving the Solid Protocol over the embedded store.
 *
 * <pre>{@code
 * try (SolidServer server = SolidServer.start(ServerOptions.loopback(dir).seedFile(seed).build())) {
 *     URI pod = URI.create(server.baseUrl() + "alice/");
 * }
 * }</pre>
 */
public final class SolidServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SolidServer.class);
    private static final String OPEN_POD_ACL = """
            @prefix acl: <http://www.w3.org/ns/auth/acl#>.
            @prefix foaf: <http://xmlns.com/foaf/0.1/>.
            <#anyone> a acl:Authorization; acl:agentClass foaf:Agent; acl:accessTo <./>; acl:default <./>;
                acl:mode acl:Read, acl:Write, acl:Control.
            """;

    static {
        SystemProperties.set();
    }

    private final Server jetty;
    private final ResourceStore store;
    private final IdentityService identity;
    private final SafeFetcher fetcher;
    private final String baseUrl;
    private final int port;

    private SolidServer(Server jetty, Parts parts, String baseUrl, int port) {
        this.jetty = jetty;
        this.store = parts.store;
        this.identity = parts.identity;
        this.fetcher = parts.fetcher;
        this.baseUrl = baseUrl;
        this.port = port;
    }

    /** What a server opens besides Jetty, closed in reverse order. */
    private static final class Parts implements AutoCloseable {
        private SafeFetcher fetcher;
        private ResourceStore store;
        private IdentityService identity;

        @Override
        public void close() {
            if (identity != null) {
                identity.close();
            }
            if (fetcher != null) {
                fetcher.close();
            }
            if (store != null) {
                store.close();
            }
        }
    }

    /**
     * Starts a server and returns once it accepts requests.
     *
     * <p>The store opens on a thread of its own while Jetty binds its port and the identity service loads its
     * files: initialising Jena and TDB2 is the longest step of a start.
     *
     * @param options how to run it
     * @return the running server
     * @throws IOException when the store cannot be opened or the port cannot be bound
     */
    public static SolidServer start(ServerOptions options) throws IOException {
        requireNonNull(options, "options");
        long started = System.nanoTime();
        CompletableFuture<String> boundBaseUrl = new CompletableFuture<>();
        OpeningPart<ShardedStore> store = OpeningPart.begin("store", () -> openStore(options, boundBaseUrl));
        Server jetty = null;
        Parts parts = new Parts();
        try {
            jetty = jetty(options);
            ServerConnector connector = (ServerConnector) jetty.getConnectors()[0];
            // Binding first tells the port, from which the default base URL and so the store's graph names follow.
            connector.open();
            int port = connector.getLocalPort();
            String baseUrl = options.baseUrl().orElse("http://localhost:" + port + "/");
            boundBaseUrl.complete(baseUrl);
            IdentityFiles identityFiles = IdentityFiles.load(identityOptions(options, baseUrl));
            parts.store = store.await();
            jetty.setHandler(handlers(options, baseUrl, identityFiles, parts));
            jetty.start();
            LOG.info("Solidaire serves {} on {}:{} (started in {} ms)", baseUrl, options.host(), port,
                    (System.nanoTime() - started) / 1_000_000);
            return new SolidServer(jetty, parts, baseUrl, port);
        } catch (Exception e) {
            boundBaseUrl.completeExceptionally(e);
            if (jetty != null) {
                stopQuietly(jetty);
                // Stopping a server that never started leaves alone the port its connector bound.
                ((ServerConnector) jetty.getConnectors()[0]).close();
            }
            if (parts.store == null) {
                store.abandon();
            }
            parts.close();
            throw e instanceof IOException io ? io
                    : new IOException("The server could not start: " + e.getMessage(), e);
        }
    }

    /** Jetty with its one connector, not yet bound. */
    private static Server jetty(ServerOptions options) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("solidaire");
        Server jetty = new Server(threads);
        jetty.setErrorHandler(new ProblemErrorHandler());
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(httpConfiguration()));
        connector.setHost(options.host());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        options.accessLog().ifPresent(log -> jetty.setRequestLog(new CustomRequestLog(
                new RequestLogWriter(log.toString()), CustomRequestLog.EXTENDED_NCSA_FORMAT)));
        return jetty;
    }

    /**
     * Initialises Jena at once, while the port is still being bound (or waits for the thread that {@link Main}
     * started on it), then opens the store under the base URL. Nothing else touches Jena before the store is
     * open: two threads initialising Jena's classes at once can deadlock.
     */
    private static ShardedStore openStore(ServerOptions options, Future<String> baseUrl) throws Exception {
        JenaSystem.init();
        return ShardedStore.open(options.dataDir(), baseUrl.get(), options.storeShards());
    }

    private static IdentityOptions identityOptions(ServerOptions options, String baseUrl) {
        IdentityOptions identityOptions = IdentityOptions.defaults(baseUrl, options.dataDir())
                .withSignupAllowed(options.signupAllowed());
        return options.adminSecret().map(identityOptions::withAdminSecret).orElse(identityOptions);
    }

    /**
     * Opens the identity provider over the store, creates the pods that the options ask for, and builds the
     * handlers: the published vocabulary under {@code /ns/}, then identity, then the pods.
     */
    private static Handler handlers(ServerOptions options, String baseUrl, IdentityFiles identityFiles, Parts parts)
            throws IOException {
        parts.fetcher = new SafeFetcher(FetchPolicy.defaults(options.allowLoopbackFetch()));
        parts.identity = IdentityService.open(identityFiles, parts.store, parts.fetcher);
        if (options.seedFile().isPresent()) {
            parts.identity.seed(options.seedFile().get());
        }
        if (options.demo()) {
            DemoPod.create(parts.identity, parts.store, baseUrl);
        }
        createOpenPods(parts.store, baseUrl, options.openPods());
        RequestAuthenticator authenticator = new RequestAuthenticator(
                AuthOptions.defaults().withRequireAth(options.requireAth()), parts.fetcher,
                parts.identity.localIdentities());
        WacEngine engine = new WacEngine(parts.store, baseUrl, parts.identity.podOwners());
        SolidHandler pods = new SolidHandler(parts.store, baseUrl, options.maxBodyBytes(), engine,
                (method, url, authorization, dpop, origin) -> agent(authenticator.authenticate(method, url,
                        authorization, dpop), origin), options.queryLimits());
        return new Handler.Sequence(new VocabularyHandler(baseUrl), parts.identity.handler(), pods);
    }

    private static Agent agent(Credentials credentials, Optional<String> origin) {
        if (!credentials.isAuthenticated()) {
            return Agent.anonymous(origin);
        }
        return Agent.of(credentials.webId().orElseThrow(), credentials.clientId().orElse(null),
                credentials.issuer().orElse(null), origin);
    }

    private static HttpConfiguration httpConfiguration() {
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        // Link and Location headers repeat the resource URL several times; long names must still fit.
        config.setResponseHeaderSize(64 * 1024);
        config.setSendXPoweredBy(false);
        // Jetty caches request header fields per connection, and empties the whole cache when one more does not
        // fit; a DPoP proof and a token on every request filled it each time, and emptying it took 7% of the
        // request threads' time on writes.
        config.setHeaderCacheSize(0);
        // The Solid handler parses the raw path itself: an encoded slash stays in its segment, and dot or empty
        // segments are refused there with a problem-details body rather than by Jetty with a bare 400.
        config.setUriCompliance(UriCompliance.DEFAULT.with("solid",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
                UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
                UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS));
        return config;
    }

    /**
     * Creates each named pod when it does not exist yet, as an open pod: its root ACL lets anyone read, write and
     * control it, since such a pod has no owner who could sign in.
     */
    private static void createOpenPods(ResourceStore store, String baseUrl, List<String> pods) {
        for (String pod : pods) {
            ResourcePath root = ResourcePath.parse("/" + pod + "/");
            if (!root.isPodRoot() || pod.equals(VocabularyHandler.PATH)) {
                throw new IllegalArgumentException("Not a pod name: " + pod);
            }
            if (store.info(root).isEmpty()) {
                store.put(root, new Content.Rdf(GraphFactory.createGraphMem()), Precondition.NONE);
                ResourcePath acl = root.auxiliary(ResourcePath.ACL_SUFFIX);
                Graph rules = RdfCodec.parse(new ByteArrayInputStream(OPEN_POD_ACL.getBytes(StandardCharsets.UTF_8)),
                        RdfFormat.TURTLE, acl.iri(baseUrl), StandardCharsets.UTF_8);
                store.put(acl, new Content.Rdf(rules), Precondition.NONE);
                LOG.info("Created the open pod {}", root);
            }
        }
    }

    /** The public base URL, ending with {@code /}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** The store the server serves. */
    public ResourceStore store() {
        return store;
    }

    /** The identity provider: accounts, pods and the OpenID Provider. */
    public IdentityService identity() {
        return identity;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        stopQuietly(jetty);
        identity.close();
        fetcher.close();
        store.close();
        LOG.info("Solidaire stopped");
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        }
    }
}
