// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.eclipse.jetty.http.HttpCookie;

/**
 * Logged-in sessions of the account pages and the account API, in memory: a restart logs everyone out of the
 * account pages, while apps keep their tokens.
 *
 * <p>The session identifier travels in an HttpOnly, SameSite=Lax cookie, or as a bearer token for the API; each
 * session has a CSRF token that every form repeats.
 */
final class Sessions {

    static final String COOKIE = "solidaire_session";
    private static final Duration IDLE = Duration.ofHours(12);

    /**
     * A logged-in session.
     *
     * @param id the secret identifier
     * @param accountId the account logged in
     * @param csrf the token that forms of this session carry
     * @param authTime when the person logged in
     */
    record Session(String id, String accountId, String csrf, Instant authTime) {
    }

    private final Cache<String, Session> sessions = Caffeine.newBuilder().expireAfterAccess(IDLE)
            .maximumSize(1_000_000).build();
    private final boolean secureCookies;

    Sessions(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    Session create(String accountId) {
        Session session = new Session(Passwords.random(32), accountId, Passwords.random(16), Instant.now());
        sessions.put(session.id(), session);
        return session;
    }

    Optional<Session> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.getIfPresent(id));
    }

    /** The session of a request: its bearer token, else its cookie. */
    Optional<Session> of(WebExchange exchange) {
        String authorization = exchange.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return get(authorization.substring(7).trim());
        }
        return get(exchange.cookie(COOKIE));
    }

    void end(String id) {
        if (id != null) {
            sessions.invalidate(id);
        }
    }

    /** Ends every session of an account but one, as a password change does. */
    void endOthers(String accountId, String keptId) {
        sessions.asMap().values().removeIf(s -> s.accountId().equals(accountId) && !s.id().equals(keptId));
    }

    HttpCookie cookie(Session session) {
        return HttpCookie.build(COOKIE, session.id()).path("/").httpOnly(true).secure(secureCookies)
                .sameSite(HttpCookie.SameSite.LAX).build();
    }

    HttpCookie expiredCookie() {
        return HttpCookie.build(COOKIE, "").path("/").httpOnly(true).secure(secureCookies)
                .sameSite(HttpCookie.SameSite.LAX).maxAge(0).build();
    }
}
