// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.solidaire.server.problem.ProblemException;

/**
 * The errors of a submitted form, each tied to its field: the field gets {@code aria-invalid} and
 * {@code aria-describedby} pointing at its message, and a summary with links to the fields heads the form
 * (WCAG 2.1 success criteria 3.3.1 Error Identification and 3.3.3 Error Suggestion).
 */
final class FormErrors {

    private final Messages messages;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormErrors(Messages messages) {
        this.messages = messages;
    }

    /** Adds an error with the key of its text. */
    FormErrors add(String field, String messageKey) {
        errors.putIfAbsent(field, messages.get(messageKey));
        return this;
    }

    /** Adds the error a problem describes, in the page's language when its code has a text. */
    FormErrors add(ProblemException problem, String defaultField) {
        Object field = problem.extensions().getOrDefault("field", defaultField);
        Object code = problem.extensions().get("code");
        String key = "error." + code;
        String text = code != null && !messages.get(key).equals(key) ? messages.get(key) : problem.detail();
        errors.putIfAbsent(field.toString(), text);
        return this;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Puts the attributes and messages of each field, and the summary, into a template's values. */
    Map<String, String> fill(Map<String, String> values, String... fields) {
        for (String field : fields) {
            String error = errors.get(field);
            if (error == null) {
                values.put(field + ".attrs", "");
                values.put(field + ".error", "");
            } else {
                values.put(field + ".attrs", " aria-invalid=\"true\" aria-describedby=\"" + field + "-error\"");
                values.put(field + ".error", "<p class=\"field-error\" id=\"" + field + "-error\">"
                        + Templates.escape(error) + "</p>");
            }
        }
        values.put("summary", summary());
        return values;
    }

    private String summary() {
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder();
        errors.forEach((field, text) -> list.append("<li><a href=\"#").append(Templates.escape(field)).append("\">")
                .append(Templates.escape(text)).append("</a></li>"));
        return "<div class=\"summary\" role=\"alert\"><h2>" + Templates.escape(messages.get("error.summary"))
                + "</h2><ul>" + list + "</ul></div>";
    }
}
