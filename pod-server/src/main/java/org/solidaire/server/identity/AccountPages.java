// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.solidaire.server.problem.ProblemException;

/**
 * The account page and its forms: create a pod, create client credentials, change the password, log out.
 * Every form carries the session's CSRF token.
 */
final class AccountPages {

    private final Pages pages;
    private final Accounts accounts;
    private final Sessions sessions;
    private final String tokenEndpoint;

    /** A logged-in request: its session, its account, its language. */
    private record Visit(Sessions.Session session, Account account, Messages messages) {
    }

    AccountPages(Pages pages, Accounts accounts, Sessions sessions, String tokenEndpoint) {
        this.pages = pages;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokenEndpoint = tokenEndpoint;
    }

    void home(WebExchange exchange) {
        visit(exchange, false).ifPresent(visit -> renderHome(exchange, 200, visit, "",
                new FormErrors(visit.messages())));
    }

    void createPod(WebExchange exchange) {
        Optional<Visit> found = visit(exchange, true);
        if (found.isEmpty()) {
            return;
        }
        Visit visit = found.get();
        try {
            accounts.createPod(visit.account(), exchange.form("pod"), null, false);
        } catch (ProblemException e) {
            renderHome(exchange, e.status(), visit, exchange.form("pod"),
                    new FormErrors(visit.messages()).add(e, "pod"));
            return;
        }
        exchange.redirect(pages.url(Pages.HOME, "done", "pod", "lang", visit.messages().language()));
    }

    void createCredential(WebExchange exchange) {
        Optional<Visit> found = visit(exchange, true);
        if (found.isEmpty()) {
            return;
        }
        Visit visit = found.get();
        Accounts.IssuedCredential issued;
        try {
            issued = accounts.createCredential(visit.account(), exchange.form("webId"), null, null,
                    exchange.form("name"));
        } catch (ProblemException e) {
            pages.error(exchange, e.status(), visit.messages(), e.detail());
            return;
        }
        pages.render(exchange, 201, visit.messages(), "credential", "credential.title", Map.of(
                "clientId", issued.credential().clientId(), "secret", issued.secret(),
                "webId", issued.credential().webId(), "tokenEndpoint", tokenEndpoint,
                "account", pages.url(Pages.HOME, "lang", visit.messages().language())));
    }

    void passwordPage(WebExchange exchange) {
        visit(exchange, false).ifPresent(visit -> renderPassword(exchange, 200, visit,
                new FormErrors(visit.messages())));
    }

    void changePassword(WebExchange exchange) {
        Optional<Visit> found = visit(exchange, true);
        if (found.isEmpty()) {
            return;
        }
        Visit visit = found.get();
        String next = exchange.form("newPassword");
        if (next == null || !next.equals(exchange.form("confirm"))) {
            renderPassword(exchange, 400, visit, new FormErrors(visit.messages())
                    .add("confirm", "error.password.mismatch"));
            return;
        }
        try {
            accounts.changePassword(visit.account().id(), exchange.form("currentPassword"), next);
        } catch (ProblemException e) {
            renderPassword(exchange, e.status(), visit, new FormErrors(visit.messages()).add(e, "newPassword"));
            return;
        }
        sessions.endOthers(visit.account().id(), visit.session().id());
        exchange.redirect(pages.url(Pages.HOME, "done", "password", "lang", visit.messages().language()));
    }

    void logout(WebExchange exchange) {
        Optional<Visit> found = visit(exchange, true);
        if (found.isEmpty()) {
            return;
        }
        sessions.end(found.get().session().id());
        exchange.addCookie(sessions.expiredCookie());
        exchange.redirect(pages.url(Pages.LOGIN, "done", "logout", "lang", found.get().messages().language()));
    }

    /**
     * The logged-in visit of a request; otherwise answers it (to the login page, or 403 for a form without the
     * session's CSRF token) and gives nothing.
     */
    private Optional<Visit> visit(WebExchange exchange, boolean form) {
        Messages messages = Pages.messages(exchange);
        Optional<Sessions.Session> session = sessions.of(exchange);
        Optional<Account> account = session.flatMap(s -> accounts.store().byId(s.accountId()));
        if (session.isEmpty() || account.isEmpty()) {
            exchange.redirect(pages.url(Pages.LOGIN, "lang", messages.language()));
            return Optional.empty();
        }
        if (form && !session.get().csrf().equals(exchange.form("csrf"))) {
            pages.error(exchange, 403, messages, messages.get("error.csrf"));
            return Optional.empty();
        }
        return Optional.of(new Visit(session.get(), account.get(), messages));
    }

    private void renderHome(WebExchange exchange, int status, Visit visit, String pod, FormErrors errors) {
        Messages messages = visit.messages();
        Map<String, String> values = new HashMap<>();
        values.put("email", visit.account().email());
        values.put("csrf", visit.session().csrf());
        values.put("pod", pod == null ? "" : pod);
        values.put("notice", notice(exchange.query("done"), messages));
        values.put("pods", podList(visit.account(), messages));
        values.put("credentials", credentialList(visit.account(), messages));
        values.put("webIdOptions", options(visit.account().webIds()));
        values.put("podAction", pages.url(Pages.PODS));
        values.put("credentialAction", pages.url(Pages.CREDENTIALS));
        values.put("logoutAction", pages.url(Pages.LOGOUT));
        values.put("passwordLink", pages.url(Pages.PASSWORD, "lang", messages.language()));
        pages.render(exchange, status, messages, "account", "account.title", errors.fill(values, "pod"));
    }

    private void renderPassword(WebExchange exchange, int status, Visit visit, FormErrors errors) {
        Map<String, String> values = new HashMap<>();
        values.put("csrf", visit.session().csrf());
        values.put("action", pages.url(Pages.PASSWORD));
        values.put("account", pages.url(Pages.HOME, "lang", visit.messages().language()));
        pages.render(exchange, status, visit.messages(), "password", "password.title",
                errors.fill(values, "currentPassword", "newPassword", "confirm"));
    }

    private static String notice(String done, Messages messages) {
        String key = "pod".equals(done) ? "account.podCreated" : "password".equals(done) ? "account.passwordChanged"
                : null;
        return key == null ? "" : "<p class=\"notice\" role=\"status\">" + Templates.escape(messages.get(key))
                + "</p>";
    }

    private String podList(Account account, Messages messages) {
        if (account.pods().isEmpty()) {
            return "<p>" + Templates.escape(messages.get("account.noPods")) + "</p>";
        }
        StringBuilder list = new StringBuilder("<ul>");
        for (String pod : account.pods()) {
            String storage = pages.url("/" + pod + "/");
            String webId = storage + "profile/card#me";
            list.append("<li><strong>").append(Templates.escape(pod)).append("</strong><br>")
                    .append(Templates.escape(messages.get("field.webId"))).append(" : <a href=\"")
                    .append(Templates.escape(webId)).append("\"><code>").append(Templates.escape(webId))
                    .append("</code></a><br>").append(Templates.escape(messages.get("account.storage")))
                    .append(" : <code>").append(Templates.escape(storage)).append("</code></li>");
        }
        return list.append("</ul>").toString();
    }

    private String credentialList(Account account, Messages messages) {
        List<ClientCredential> credentials = accounts.store().credentialsOf(account.id());
        if (credentials.isEmpty()) {
            return "<p>" + Templates.escape(messages.get("account.noCredentials")) + "</p>";
        }
        StringBuilder list = new StringBuilder("<ul>");
        for (ClientCredential credential : credentials) {
            list.append("<li><code>").append(Templates.escape(credential.clientId())).append("</code> ")
                    .append(Templates.escape(credential.name())).append(" – <code>")
                    .append(Templates.escape(credential.webId())).append("</code></li>");
        }
        return list.append("</ul>").toString();
    }

    private static String options(List<String> webIds) {
        StringBuilder options = new StringBuilder();
        for (String webId : webIds) {
            options.append("<option>").append(Templates.escape(webId)).append("</option>");
        }
        return options.toString();
    }
}
