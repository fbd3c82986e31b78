// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.solidaire.server.problem.ProblemException;

/**
 * The JSON account API under {@code /.account/api/}: sign up, log in, log out, change the password, list and
 * create pods, create and remove client credentials. Errors are RFC 9457 problem details.
 *
 * <p>A session is named by {@code Authorization: Bearer <token>} (the token login returns) or by the session
 * cookie; with the cookie, writes must be JSON, which a cross-site form cannot send without a CORS preflight that
 * this API never grants.
 */
final class AccountApi {

    static final String PREFIX = "/.account/api/";

    /** The body of sign-up, login and password requests. */
    record Request(String email, String password, String pod, String name, String currentPassword,
            String newPassword, String webId) {
    }

    private final Accounts accounts;
    private final Sessions sessions;
    private final boolean signupAllowed;
    private final String baseUrl;

    AccountApi(Accounts accounts, Sessions sessions, boolean signupAllowed, String baseUrl) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.signupAllowed = signupAllowed;
        this.baseUrl = baseUrl;
    }

    void handle(WebExchange exchange) {
        String route = exchange.path().substring(PREFIX.length());
        String method = exchange.method();
        if ("POST".equals(method) && route.equals("signup")) {
            signUp(exchange);
        } else if ("POST".equals(method) && route.equals("login")) {
            logIn(exchange);
        } else if ("POST".equals(method) && route.equals("logout")) {
            sessions.end(session(exchange).id());
            exchange.addCookie(sessions.expiredCookie());
            exchange.sendEmpty(204);
        } else if ("POST".equals(method) && route.equals("password")) {
            Request body = body(exchange);
            accounts.changePassword(session(exchange).accountId(), body.currentPassword(), body.newPassword());
            sessions.endOthers(session(exchange).accountId(), session(exchange).id());
            exchange.sendEmpty(204);
        } else if ("GET".equals(method) && (route.equals("account") || route.equals("pods"))) {
            exchange.sendJson(200, describe(account(exchange)));
        } else if ("POST".equals(method) && route.equals("pods")) {
            Request body = body(exchange);
            exchange.sendJson(201, accounts.createPod(account(exchange), body.pod(), body.name(), false));
        } else if ("POST".equals(method) && route.equals("credentials")) {
            createCredential(exchange);
        } else if ("DELETE".equals(method) && route.startsWith("credentials/")) {
            if (!accounts.removeCredential(account(exchange), route.substring("credentials/".length()))) {
                throw ProblemException.notFound("This account has no such client credentials.");
            }
            exchange.sendEmpty(204);
        } else {
            throw ProblemException.notFound("No account API operation " + method + " " + exchange.path() + ".");
        }
    }

    private void signUp(WebExchange exchange) {
        if (!signupAllowed) {
            throw ProblemException.of(403, "Forbidden", "Signing up is not open on this server.");
        }
        Request body = body(exchange);
        accounts.checkPodAvailable(body.pod());
        Account account = accounts.signUp(body.email(), body.password());
        ProvisionedPod pod = accounts.createPod(account, body.pod(), body.name(), false);
        Sessions.Session session = sessions.create(account.id());
        exchange.addCookie(sessions.cookie(session));
        Map<String, Object> answer = new LinkedHashMap<>(describe(accounts.store().byId(account.id()).orElseThrow()));
        // A new account has the one pod just created, which the answer says it created.
        answer.put("pods", List.of(pod));
        answer.put("token", session.id());
        exchange.sendJson(201, answer);
    }

    private void logIn(WebExchange exchange) {
        Request body = body(exchange);
        Account account = accounts.logIn(body.email(), body.password()).orElseThrow(() -> ProblemException.of(401,
                "Unauthorized", "The email address or the password is wrong.").with("code", "login.failed"));
        Sessions.Session session = sessions.create(account.id());
        exchange.addCookie(sessions.cookie(session));
        Map<String, Object> answer = new LinkedHashMap<>(describe(account));
        answer.put("token", session.id());
        exchange.sendJson(200, answer);
    }

    private void createCredential(WebExchange exchange) {
        Account account = account(exchange);
        Request body = body(exchange);
        String webId = body.webId() != null ? body.webId() : account.webIds().stream().findFirst()
                .orElseThrow(() -> ProblemException.badRequest("The account has no WebID yet: create a pod first."));
        Accounts.IssuedCredential issued = accounts.createCredential(account, webId, null, null, body.name());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("clientId", issued.credential().clientId());
        answer.put("clientSecret", issued.secret());
        answer.put("webId", webId);
        answer.put("tokenEndpoint", baseUrl + Discovery.TOKEN.substring(1));
        exchange.setHeader("Cache-Control", "no-store");
        exchange.sendJson(201, answer);
    }

    private Map<String, Object> describe(Account account) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", account.id());
        answer.put("email", account.email());
        answer.put("pods", account.pods().stream().map(pod -> accounts.provisioned(PodLayout.of(baseUrl, pod),
                account, false)).toList());
        answer.put("webIds", account.webIds());
        List<Map<String, Object>> credentials = accounts.store().credentialsOf(account.id()).stream()
                .map(c -> Map.<String, Object>of("clientId", c.clientId(), "webId", c.webId(), "name", c.name(),
                        "created", c.created().toString())).toList();
        answer.put("credentials", credentials);
        return answer;
    }

    private Sessions.Session session(WebExchange exchange) {
        Optional<Sessions.Session> session = sessions.of(exchange);
        if (session.isEmpty()) {
            throw ProblemException.of(401, "Unauthorized", "Log in first: POST /.account/api/login.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"account\"");
        }
        boolean byCookie = exchange.header("Authorization") == null;
        String type = exchange.header("Content-Type");
        if (byCookie && !"GET".equals(exchange.method())
                && (type == null || !type.toLowerCase().startsWith("application/json"))) {
            throw ProblemException.unsupportedMediaType("Requests authenticated by cookie must send JSON.");
        }
        return session.get();
    }

    private Account account(WebExchange exchange) {
        return accounts.store().byId(session(exchange).accountId())
                .orElseThrow(() -> ProblemException.of(401, "Unauthorized", "The account no longer exists."));
    }

    /**
     * The JSON body of a request. Anything else is refused: a page elsewhere can make a browser send a form or
     * plain text here without asking, but not JSON, so this also keeps sign-up and login safe from forged requests.
     */
    private static Request body(WebExchange exchange) {
        String type = exchange.header("Content-Type");
        String text = exchange.body(WebExchange.MAX_FORM_BYTES);
        if (text.isBlank()) {
            return new Request(null, null, null, null, null, null, null);
        }
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ProblemException.unsupportedMediaType("The account API takes JSON bodies "
                    + "(Content-Type: application/json).");
        }
        return exchange.json(Request.class, WebExchange.MAX_FORM_BYTES);
    }
}
