// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.net;

import static java.util.Objects.requireNonNull;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.net.LimitedBodyListener.BodyTooLargeException;
import org.solidaire.server.net.LimitedBodyListener.Hop;

/**
 * Fetches documents from URLs that clients name (WebID profiles, OpenID issuer metadata and keys, Solid-OIDC
 * client identifier documents) without letting them reach inside the server's network.
 *
 * <p>Only {@code http} and {@code https} URLs are fetched. Every host name is resolved first and the connection
 * goes to the checked address itself, so loopback (unless the policy allows it), private, link-local (with the
 * cloud metadata address), carrier-grade NAT, unique-local, multicast and IPv4-mapped forms of these are refused
 * before any connection, and DNS rebinding cannot get past the check. Redirects are followed by hand, at most
 * three, each hop checked the same way. The body is read up to the policy's limit and no further. No cookie is
 * kept or sent and no credential is ever sent. One instance is shared by the whole server and is thread-safe.
 *
 * <pre>{@code
 * try (SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults(false))) {
 *     FetchedDocument profile = fetcher.get(URI.create("https://alice.example/profile/card"), "text/turtle");
 * }
 * }</pre>
 */
public final class SafeFetcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SafeFetcher.class);

    /** The most redirects followed for one fetch. */
    static final int MAX_REDIRECTS = 3;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** Extra wait beyond the total timeout, for the client's own timeout to fire and report first. */
    private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final FetchPolicy policy;
    /**
     * Started on the first fetch: setting up TLS reads the JDK's trust store, a third of a second that a server
     * need not spend at start-up, and one that only ever serves its own WebIDs never spends.
     */
    private volatile HttpClient client;
    private boolean closed;

    /**
     * A fetcher whose HTTP client starts on its first fetch.
     *
     * @param policy the timeouts, body limit and whether loopback may be fetched
     */
    public SafeFetcher(FetchPolicy policy) {
        this.policy = requireNonNull(policy, "policy");
    }

    /** The policy this fetcher enforces. */
    public FetchPolicy policy() {
        return policy;
    }

    /**
     * Fetches a document with {@code GET}.
     *
     * @param uri an absolute {@code http} or {@code https} URL; its fragment is not sent
     * @param accept the value of the {@code Accept} header
     * @return the document of the first 2xx response, following at most three redirects
     * @throws FetchException when the URL or an address it resolves to is refused, a redirect goes to a refused
     *     URL or goes on too long, the fetch times out, the body exceeds the limit, the final status is not 2xx,
     *     the connection fails, or the HTTP client cannot start
     */
    public FetchedDocument get(URI uri, String accept) throws FetchException {
        requireNonNull(uri, "uri");
        requireNonNull(accept, "accept");
        HttpClient http = startedClient();
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        URI target = withoutFragment(uri);
        for (int redirects = 0; ; redirects++) {
            Hop hop = send(http, target, accept, deadline);
            if (!REDIRECTS.contains(hop.status()) || hop.location() == null) {
                return document(target, hop);
            }
            if (redirects == MAX_REDIRECTS) {
                throw new FetchException("Refused to fetch " + uri + ": more than " + MAX_REDIRECTS + " redirects");
            }
            target = redirectTarget(target, hop.location());
            LOG.debug("Following redirect {} to {}", hop.status(), target);
        }
    }

    /** Stops the HTTP client and its threads, if it started; a closed fetcher fetches nothing. */
    @Override
    public synchronized void close() {
        closed = true;
        if (client == null) {
            return;
        }
        try {
            client.stop();
        } catch (Exception e) {
            LOG.warn("Could not stop the outbound HTTP client cleanly", e);
        }
    }

    private HttpClient startedClient() throws FetchException {
        HttpClient started = client;
        if (started != null) {
            return started;
        }
        synchronized (this) {
            if (closed) {
                throw new FetchException("The fetcher is closed");
            }
            if (client == null) {
                client = startClient(policy);
            }
            return client;
        }
    }

    private static HttpClient startClient(FetchPolicy policy) throws FetchException {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("solidaire-fetch");
        threads.setDaemon(true);
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("solidaire-fetch-scheduler", true);
        HttpClient client = new HttpClient();
        client.setExecutor(threads);
        client.setScheduler(scheduler);
        client.setSocketAddressResolver(new GuardedResolver(
                new SocketAddressResolver.Async(threads, scheduler, policy.connectTimeout().toMillis()),
                policy.allowLoopback()));
        client.setConnectTimeout(policy.connectTimeout().toMillis());
        client.setIdleTimeout(policy.totalTimeout().toMillis());
        client.setFollowRedirects(false);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "Solidaire"));
        try {
            client.start();
        } catch (Exception e) {
            throw new FetchException("Could not start the outbound HTTP client: " + e.getMessage(), e);
        }
        // The client installs handlers that would answer 401 challenges with stored credentials and follow
        // redirects on their own, unchecked; this fetcher does neither.
        client.getProtocolHandlers().clear();
        return client;
    }

    private Hop send(HttpClient http, URI target, String accept, long deadline) throws FetchException {
        checkScheme(target);
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException("Timed out fetching " + target + " after " + policy.totalTimeout());
        }
        LimitedBodyListener listener = new LimitedBodyListener(policy.maxBytes());
        Request request = http.newRequest(target)
                .method(HttpMethod.GET)
                .headers(headers -> headers.put(HttpHeader.ACCEPT, accept))
                .timeout(remaining, TimeUnit.NANOSECONDS);
        request.send(listener);
        try {
            return listener.result().get(remaining + GRACE_NANOS, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw failure(target, e.getCause());
        } catch (TimeoutException e) {
            request.abort(e);
            throw failure(target, e);
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            throw new FetchException("Interrupted while fetching " + target, e);
        }
    }

    private FetchedDocument document(URI target, Hop hop) throws FetchException {
        if (hop.status() < 200 || hop.status() > 299) {
            throw new FetchException("Fetching " + target + " answered status " + hop.status());
        }
        String contentType = hop.contentType() == null ? DEFAULT_CONTENT_TYPE : hop.contentType();
        return new FetchedDocument(target, contentType, hop.body());
    }

    private FetchException failure(URI target, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RefusedAddressException) {
                return new FetchException("Refused to fetch " + target + ": " + t.getMessage(), cause);
            }
            if (t instanceof BodyTooLargeException) {
                return new FetchException("Refused to read " + target + ": body exceeds the limit of "
                        + policy.maxBytes() + " bytes", cause);
            }
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                return new FetchException("Timed out fetching " + target + " (connect timeout "
                        + policy.connectTimeout() + ", total timeout " + policy.totalTimeout() + ")", cause);
            }
            if (t instanceof UnknownHostException) {
                return new FetchException("Could not fetch " + target + ": unknown host", cause);
            }
            if (t instanceof ConnectException) {
                return new FetchException("Could not connect to " + target + ": " + t.getMessage(), cause);
            }
        }
        return new FetchException("Could not fetch " + target + ": " + cause, cause);
    }

    private static void checkScheme(URI target) throws FetchException {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("Refused to fetch " + target + ": only http and https URLs are fetched");
        }
        if (target.getHost() == null) {
            throw new FetchException("Refused to fetch " + target + ": the URL has no host");
        }
        // Credentials in a URL would be sent to whoever the URL names.
        if (target.getRawUserInfo() != null) {
            throw new FetchException("Refused to fetch " + target + ": URLs with user information are not fetched");
        }
    }

    private static URI redirectTarget(URI from, String location) throws FetchException {
        try {
            return withoutFragment(from.resolve(new URI(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("Refused to follow the redirect of " + from + ": invalid Location", e);
        }
    }

    private static URI withoutFragment(URI uri) throws FetchException {
        if (uri.getRawFragment() == null && uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
            return uri;
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawAuthority() == null) {
            throw new FetchException("Refused to fetch " + uri + ": not an absolute http or https URL");
        }
        String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path + query);
    }
}
