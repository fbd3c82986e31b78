// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Renders the account and login pages: the language of a request, the layout, links between pages. */
final class Pages {

    static final String HOME = "/.account/";
    static final String LOGIN = "/.account/login";
    static final String SIGNUP = "/.account/signup";
    static final String LOGOUT = "/.account/logout";
    static final String PASSWORD = "/.account/password";
    static final String PODS = "/.account/pods";
    static final String CREDENTIALS = "/.account/credentials";

    private final String baseUrl;

    Pages(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The language of a request: {@code lang}, else OpenID's {@code ui_locales}, else Accept-Language. */
    static Messages messages(WebExchange exchange) {
        String lang = exchange.param("lang");
        if (lang == null && exchange.query("ui_locales") != null) {
            lang = exchange.query("ui_locales").trim().split("[\\s-]")[0];
        }
        return Messages.forRequest(lang, exchange.header("Accept-Language"));
    }

    /** The absolute URL of a server path, with query parameters given as name-value pairs (nulls skipped). */
    String url(String path, String... parameters) {
        StringBuilder url = new StringBuilder(baseUrl).append(path.substring(1));
        char separator = '?';
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            if (parameters[i + 1] != null && !parameters[i + 1].isEmpty()) {
                url.append(separator).append(parameters[i]).append('=')
                        .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    /** Sends a page built from a template inside the layout. */
    void render(WebExchange exchange, int status, Messages messages, String template, String titleKey,
            Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("lang", messages.language());
        String content = Templates.fill(template, messages, all);
        Map<String, String> layout = new HashMap<>();
        layout.put("title", messages.get(titleKey));
        layout.put("content", content);
        layout.put("lang", messages.language());
        layout.put("languages", languages(exchange, messages));
        exchange.sendHtml(status, Templates.fill("layout", messages, layout));
    }

    /** Sends an error page with a message already in the page's language. */
    void error(WebExchange exchange, int status, Messages messages, String message) {
        render(exchange, status, messages, "error", "error.title", Map.of("message", message, "account", url(HOME)));
    }

    /** Links to this page in each language, the current one marked for assistive technologies. */
    private String languages(WebExchange exchange, Messages messages) {
        String interaction = exchange.param("interaction");
        StringBuilder links = new StringBuilder();
        for (String language : Messages.LANGUAGES) {
            String href = "GET".equals(exchange.method()) || interaction != null
                    ? url(exchange.path(), "lang", language, "interaction", interaction) : url(HOME, "lang", language);
            links.append("<li><a href=\"").append(Templates.escape(href)).append("\" lang=\"").append(language)
                    .append("\" hreflang=\"").append(language).append('"')
                    .append(language.equals(messages.language()) ? " aria-current=\"true\"" : "").append('>')
                    .append("fr".equals(language) ? "Français" : "English").append("</a></li>");
        }
        return links.toString();
    }
}
