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
 * The values a JSON-LD body gets wrong. Titanium, the JSON-LD processor under Jena, does as JSON-LD 1.1 allows with
 * a language tag that is not well-formed (BCP 47) and with an IRI that is not well-formed (RFC 3987): it warns
 * through {@code java.util.logging} and leaves out every triple holding it. Its warnings are the only trace of that,
 * so they are collected here for the thread that parses, to refuse the body rather than store it without those
 * triples; none reaches the server log above DEBUG.
 *
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm">JSON-LD 1.1 API §8.1</a>
 */
final class JsonLdDroppedValues {

    /** What was wrong with a value left out. */
    enum Kind {
        LANGUAGE_TAG,
        IRI
    }

    /**
     * A value the processor left out.
     *
     * @param kind what was wrong with it
     * @param value the value as the body gave it
     */
    record Dropped(Kind kind, String value) {
    }

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(JsonLdDroppedValues.class);

    /** Held here because java.util.logging keeps its loggers, and so their handlers, only weakly. */
    private static final Logger TITANIUM = Logger.getLogger("com.apicatalog.jsonld");

    /** Titanium's warnings about a language tag begin so, with the tag as the first parameter. */
    private static final String LANGUAGE_PREFIX = "Language tag [";

    /** Titanium's warnings about an IRI (of a subject, predicate, object, graph) begin so, with it as the first. */
    private static final String IRI_PREFIX = "Non well-formed ";

    private static final ThreadLocal<List<Dropped>> COLLECTED = new ThreadLocal<>();

    static {
        TITANIUM.setUseParentHandlers(false);
        TITANIUM.addHandler(new Collector());
    }

    private JsonLdDroppedValues() {
    }

    /** Starts collecting the values that the current thread's JSON-LD parse leaves out. */
    static void start() {
        COLLECTED.set(new ArrayList<>());
    }

    /** Stops collecting, and gives the first value left out since {@link #start()}, if any. */
    static Optional<Dropped> stop() {
        List<Dropped> dropped = COLLECTED.get();
        COLLECTED.remove();
        return dropped == null || dropped.isEmpty() ? Optional.empty() : Optional.of(dropped.get(0));
    }

    /** Records a warning about a value left out, for the thread collecting; logs every warning at DEBUG. */
    private static final class Collector extends Handler {

        @Override
        public void publish(LogRecord record) {
            LOG.debug("JSON-LD processor: {} {}", record.getMessage(), record.getParameters());
            List<Dropped> dropped = COLLECTED.get();
            Object[] parameters = record.getParameters();
            String message = record.getMessage();
            if (dropped == null || record.getLevel().intValue() < Level.WARNING.intValue() || parameters == null
                    || parameters.length == 0 || message == null) {
                return;
            }
            // The value comes as a string, or as the JSON string of the document, quotes included.
            String value = String.valueOf(parameters[0]);
            boolean quoted = value.length() > 1 && value.startsWith("\"") && value.endsWith("\"");
            value = quoted ? value.substring(1, value.length() - 1) : value;
            if (message.startsWith(LANGUAGE_PREFIX)) {
                dropped.add(new Dropped(Kind.LANGUAGE_TAG, value));
            } else if (message.startsWith(IRI_PREFIX)) {
                dropped.add(new Dropped(Kind.IRI, value));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
