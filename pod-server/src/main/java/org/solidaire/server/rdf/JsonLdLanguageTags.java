// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.slf4j.LoggerFactory;

/**
 * The language tags a JSON-LD body gets wrong. Titanium, the JSON-LD processor under Jena, does as JSON-LD 1.1
 * allows with a tag that is not well-formed (BCP 47): it warns through {@code java.util.logging} and leaves out
 * every literal carrying it. Its warnings are the only trace of that, so they are collected here for the thread
 * that parses, to refuse the body rather than store it without those literals; none reaches the server log above
 * DEBUG.
 *
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm">JSON-LD 1.1 API §8.1</a>
 */
final class JsonLdLanguageTags {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(JsonLdLanguageTags.class);

    /** Held here because java.util.logging keeps its loggers, and so their handlers, only weakly. */
    private static final Logger TITANIUM = Logger.getLogger("com.apicatalog.jsonld");

    /** Titanium's warnings about a language tag begin so, with the tag as the first parameter. */
    private static final String WARNING_PREFIX = "Language tag [";

    private static final ThreadLocal<List<String>> COLLECTED = new ThreadLocal<>();

    static {
        TITANIUM.setUseParentHandlers(false);
        TITANIUM.addHandler(new Collector());
    }

    private JsonLdLanguageTags() {
    }

    /** Starts collecting the malformed tags that the current thread's JSON-LD parse meets. */
    static void start() {
        COLLECTED.set(new ArrayList<>());
    }

    /** Stops collecting, and gives the first malformed tag met since {@link #start()}, if any. */
    static Optional<String> stop() {
        List<String> tags = COLLECTED.get();
        COLLECTED.remove();
        return tags == null || tags.isEmpty() ? Optional.empty() : Optional.of(tags.get(0));
    }

    /** Records a language-tag warning for the thread collecting; logs every warning at DEBUG. */
    private static final class Collector extends Handler {

        @Override
        public void publish(LogRecord record) {
            LOG.debug("JSON-LD processor: {} {}", record.getMessage(), record.getParameters());
            List<String> tags = COLLECTED.get();
            Object[] parameters = record.getParameters();
            if (tags == null || record.getLevel().intValue() < Level.WARNING.intValue() || parameters == null
                    || parameters.length == 0 || record.getMessage() == null
                    || !record.getMessage().startsWith(WARNING_PREFIX)) {
                return;
            }
            // The tag comes as a string, or as the JSON string of the document, quotes included.
            String tag = String.valueOf(parameters[0]);
            boolean quoted = tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"");
            tags.add(quoted ? tag.substring(1, tag.length() - 1) : tag);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
