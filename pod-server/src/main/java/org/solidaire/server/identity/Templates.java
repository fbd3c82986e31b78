// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the HTML templates of the account and login pages.
 *
 * <p>In a template, {@code {{t.key}}} is a text of the page's language, {@code {{name}}} a value escaped for HTML,
 * and {@code {{{name}}}} a fragment of HTML this package built itself. A missing value is empty.
 */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([A-Za-z0-9_.-]+)}}(}?)");
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    private Templates() {
    }

    /** A whole page: the named template inside the common layout. */
    static String page(String template, String title, Messages messages, Map<String, String> values) {
        String content = fill(template, messages, values);
        return fill("layout", messages, Map.of("title", title, "content", content, "lang", messages.language()));
    }

    static String fill(String template, Messages messages, Map<String, String> values) {
        String source = SOURCES.computeIfAbsent(template, Templates::load);
        Matcher matcher = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 256);
        while (matcher.find()) {
            String name = matcher.group(2);
            boolean raw = !matcher.group(1).isEmpty();
            String value;
            if (name.startsWith("t.")) {
                value = escape(messages.get(name.substring(2)));
            } else {
                String given = values.getOrDefault(name, "");
                value = raw ? given : escape(given);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Escapes text for HTML content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String load(String template) {
        String resource = template + ".html";
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
