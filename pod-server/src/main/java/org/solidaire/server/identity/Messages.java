// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the account and login pages in one language: French by default, English on request.
 *
 * <p>The language comes from a {@code lang} parameter when there is one, else from {@code Accept-Language}
 * (RFC 9110 §12.5.4), else French.
 */
final class Messages {

    static final List<String> LANGUAGES = List.of("fr", "en");
    private static final String BUNDLE = "org.solidaire.server.identity.messages";

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Messages FRENCH = new Messages("fr");
    private static final Messages ENGLISH = new Messages("en");

    static Messages of(String language) {
        return "en".equals(language) ? ENGLISH : FRENCH;
    }

    /** The language of a request: its {@code lang} parameter, else its preferred supported language, else French. */
    static Messages forRequest(String langParameter, String acceptLanguage) {
        if (langParameter != null && LANGUAGES.contains(langParameter)) {
            return of(langParameter);
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0];
                    if (LANGUAGES.contains(primary) && range.getWeight() > 0) {
                        return of(primary);
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed Accept-Language header is ignored, as RFC 9110 §12.5.4 allows.
            }
        }
        return FRENCH;
    }

    String language() {
        return language;
    }

    /** A text; a key without a text shows as itself, which a test would catch. */
    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A text with its {@code {0}}-style placeholders filled, the values already as they should read. */
    String format(String key, String... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i]);
        }
        return text;
    }
}
