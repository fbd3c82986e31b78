// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;

/**
 * The login and sign-up pages: plain HTML forms that work without JavaScript. After either, the person goes on
 * to the consent page of the authorization request that sent them, or to their account page.
 */
final class LoginPages {

    private static final Logger LOG = LoggerFactory.getLogger(LoginPages.class);

    private final Pages pages;
    private final Accounts accounts;
    private final Sessions sessions;
    private final boolean signupAllowed;
    private final String baseUrl;

    LoginPages(Pages pages, Accounts accounts, Sessions sessions, boolean signupAllowed, String baseUrl) {
        this.pages = pages;
        this.accounts = accounts;
        this.sessions = sessions;
        this.signupAllowed = signupAllowed;
        this.baseUrl = baseUrl;
    }

    void loginPage(WebExchange exchange) {
        Messages messages = Pages.messages(exchange);
        String interaction = exchange.query("interaction");
        if (sessions.of(exchange).isPresent()) {
            exchange.redirect(next(interaction, messages));
            return;
        }
        String notice = "logout".equals(exchange.query("done"))
                ? "<p class=\"notice\" role=\"status\">" + Templates.escape(messages.get("login.loggedOut")) + "</p>"
                : "";
        renderLogin(exchange, 200, messages, interaction, "", notice, new FormErrors(messages));
    }

    void login(WebExchange exchange) {
        Messages messages = Pages.messages(exchange);
        String interaction = exchange.form("interaction");
        String email = exchange.form("email");
        FormErrors errors = new FormErrors(messages);
        Optional<Account> account;
        try {
            account = accounts.logIn(email, exchange.form("password"));
        } catch (ProblemException e) {
            renderLogin(exchange, e.status(), messages, interaction, email, "", errors.add(e, "email"));
            return;
        }
        if (account.isEmpty()) {
            LOG.debug("A login failed");
            renderLogin(exchange, 400, messages, interaction, email, "", errors.add("email", "error.login.failed"));
            return;
        }
        exchange.addCookie(sessions.cookie(sessions.create(account.get().id())));
        exchange.redirect(next(interaction, messages));
    }

    void signupPage(WebExchange exchange) {
        Messages messages = Pages.messages(exchange);
        if (!signupAllowed) {
            pages.error(exchange, 403, messages, messages.get("error.signupClosed"));
            return;
        }
        renderSignup(exchange, 200, messages, exchange.query("interaction"), Map.of(), new FormErrors(messages));
    }

    void signup(WebExchange exchange) {
        Messages messages = Pages.messages(exchange);
        if (!signupAllowed) {
            pages.error(exchange, 403, messages, messages.get("error.signupClosed"));
            return;
        }
        String interaction = exchange.form("interaction");
        Map<String, String> entered = Map.of("email", valueOf(exchange.form("email")),
                "pod", valueOf(exchange.form("pod")));
        FormErrors errors = check(exchange, messages);
        if (!errors.isEmpty()) {
            renderSignup(exchange, 400, messages, interaction, entered, errors);
            return;
        }
        Account account;
        try {
            accounts.checkPodAvailable(exchange.form("pod"));
            account = accounts.signUp(exchange.form("email"), exchange.form("password"));
            accounts.createPod(account, exchange.form("pod"), null, false);
        } catch (ProblemException e) {
            renderSignup(exchange, e.status(), messages, interaction, entered, errors.add(e, "email"));
            return;
        }
        exchange.addCookie(sessions.cookie(sessions.create(account.id())));
        exchange.redirect(next(interaction, messages));
    }

    /** The checks a browser would make, repeated here since the form has no script. */
    private static FormErrors check(WebExchange exchange, Messages messages) {
        FormErrors errors = new FormErrors(messages);
        String password = exchange.form("password");
        try {
            Accounts.checkEmail(exchange.form("email"));
        } catch (ProblemException e) {
            errors.add(e, "email");
        }
        try {
            Passwords.checkStrength(password, "password");
        } catch (ProblemException e) {
            errors.add(e, "password");
        }
        if (password != null && !password.equals(exchange.form("confirm"))) {
            errors.add("confirm", "error.password.mismatch");
        }
        try {
            PodLayout.checkName(exchange.form("pod"));
        } catch (ProblemException e) {
            errors.add(e, "pod");
        }
        return errors;
    }

    /** Where to go after logging in: the pending consent, else the account page. */
    private String next(String interaction, Messages messages) {
        if (interaction != null && !interaction.isEmpty()) {
            return pages.url(Discovery.CONSENT, "interaction", interaction, "lang", messages.language());
        }
        return pages.url(Pages.HOME, "lang", messages.language());
    }

    private void renderLogin(WebExchange exchange, int status, Messages messages, String interaction, String email,
            String notice, FormErrors errors) {
        Map<String, String> values = new HashMap<>();
        values.put("action", pages.url(Pages.LOGIN));
        values.put("interaction", valueOf(interaction));
        values.put("email", valueOf(email));
        values.put("notice", notice);
        values.put("signup", signupAllowed ? "<p><a href=\"" + Templates.escape(pages.url(Pages.SIGNUP,
                "interaction", interaction, "lang", messages.language())) + "\">"
                + Templates.escape(messages.get("login.signup")) + "</a></p>" : "");
        pages.render(exchange, status, messages, "login", "login.title", errors.fill(values, "email", "password"));
    }

    private void renderSignup(WebExchange exchange, int status, Messages messages, String interaction,
            Map<String, String> entered, FormErrors errors) {
        Map<String, String> values = new HashMap<>(entered);
        values.put("action", pages.url(Pages.SIGNUP));
        values.put("interaction", valueOf(interaction));
        values.put("login", pages.url(Pages.LOGIN, "interaction", interaction, "lang", messages.language()));
        values.put("hint", messages.format("signup.podHint", baseUrl + "…/profile/card#me"));
        pages.render(exchange, status, messages, "signup", "signup.title",
                errors.fill(values, "email", "password", "confirm", "pod"));
    }

    private static String valueOf(String value) {
        return value == null ? "" : value;
    }
}
