// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The languages the documentation is written in, and the choice among them for a request. French is the default,
 * as on every page of the server; English is chosen when the request asks for it.
 */
enum Language {

    FRENCH("fr", Locale.FRENCH),
    ENGLISH("en", Locale.ENGLISH);

    private static final String WILDCARD = "*";

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag, as written in {@code lang} attributes, {@code Content-Language} and RDF literals. */
    String tag() {
        return tag;
    }

    Locale locale() {
        return locale;
    }

    /** The other language, in which the page shows each term's second label. */
    Language other() {
        return this == FRENCH ? ENGLISH : FRENCH;
    }

    /** The value of a property of a resource in this language, such as its French comment. */
    Optional<String> textOf(Resource resource, Property property) {
        for (Statement statement : resource.listProperties(property).toList()) {
            RDFNode value = statement.getObject();
            if (value.isLiteral() && value.asLiteral().getLanguage().equalsIgnoreCase(tag)) {
                return Optional.of(value.asLiteral().getLexicalForm());
            }
        }
        return Optional.empty();
    }

    /** The language a tag such as {@code en} or {@code en-GB} belongs to, compared without regard to case. */
    static Optional<Language> forTag(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String candidate = value.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (candidate.equals(language.tag) || candidate.startsWith(language.tag + "-")) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language to answer in: the one the {@code lang} query parameter names, otherwise the one the
     * {@code Accept-Language} header prefers, otherwise French.
     *
     * @param parameter the value of the {@code lang} query parameter, possibly null or unknown (then ignored)
     * @param acceptLanguage the {@code Accept-Language} header, possibly null
     */
    static Language negotiate(String parameter, String acceptLanguage) {
        return forTag(parameter).orElseGet(() -> preferred(acceptLanguage));
    }

    /**
     * The language an {@code Accept-Language} header prefers. Each language takes the weight of the ranges that
     * name it, or else of {@code *}; the heavier wins, a tie goes to the one listed first, and French wins when
     * the header names neither.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4">RFC 9110 §12.5.4 Accept-Language</a>
     */
    static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FRENCH;
        }
        String[] entries = acceptLanguage.split(",");
        Weight french = weigh(entries, FRENCH);
        Weight english = weigh(entries, ENGLISH);
        boolean heavier = english.quality() > french.quality();
        boolean earlier = english.quality() == french.quality() && english.position() < french.position();
        return english.quality() > 0 && (heavier || earlier) ? ENGLISH : FRENCH;
    }

    private static Weight weigh(String[] entries, Language language) {
        Weight named = null;
        Weight wildcard = Weight.NONE;
        for (int i = 0; i < entries.length; i++) {
            String[] parts = entries[i].split(";");
            String range = parts[0].strip();
            double quality = quality(parts);
            if (Double.isNaN(quality)) {
                continue;
            }
            if (WILDCARD.equals(range)) {
                wildcard = new Weight(quality, i);
            } else if (forTag(range).filter(language::equals).isPresent()
                    && (named == null || quality > named.quality())) {
                named = new Weight(quality, i);
            }
        }
        // A range naming the language outweighs the wildcard, even with a lower weight: "fr;q=0, *" refuses French.
        return named != null ? named : wildcard;
    }

    /** The {@code q} parameter of an entry, 1 when absent, NaN when it is not a weight from 0 to 1. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    double quality = Double.parseDouble(parameter.substring(2).strip());
                    return quality >= 0 && quality <= 1 ? quality : Double.NaN;
                } catch (NumberFormatException ignored) {
                    return Double.NaN;
                }
            }
        }
        return 1;
    }

    /** How much a header wants a language, and where it first says so. */
    private record Weight(double quality, int position) {

        static final Weight NONE = new Weight(0, Integer.MAX_VALUE);
    }
}
