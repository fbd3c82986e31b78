// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of the documentation pages in one language, read from {@code messages_fr.properties} and
 * {@code messages_en.properties} beside this class, in UTF-8. A missing text is a bug and fails the page at
 * start-up rather than showing a key to a reader.
 */
final class Messages {

    private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            LOADED.put(language, new Messages(language, load(language)));
        }
    }

    private final Language language;
    private final Properties texts;

    private Messages(Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    static Messages in(Language language) {
        return LOADED.get(language);
    }

    /** The text of a key. */
    String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No " + language.tag() + " text for " + key);
        }
        return text;
    }

    /** The text of a key with {@code {0}}, {@code {1}}... replaced by the values, which are plain text. */
    String format(String key, String... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i]);
        }
        return text;
    }

    private static Properties load(Language language) {
        String resource = "messages_" + language.tag() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
