// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.util.HashSet;
import java.util.Set;

/**
 * Writes HTML that is also well-formed XML: every text and attribute value is escaped, every element is closed
 * and empty elements end in {@code />}. Callers name elements and give text; they never write markup themselves.
 *
 * <p>Attributes are name and value pairs; a null value leaves the attribute out, so optional attributes such as
 * {@code lang} or {@code id} need no branch at the call site.
 */
final class Markup {

    /** Elements after which the source breaks the line, so that the page source stays readable. */
    private static final Set<String> BLOCKS = Set.of("section", "nav", "header", "footer", "div", "h1", "h2", "h3",
            "h4", "p", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tr", "pre");

    /** Containers whose first child starts on a line of its own. */
    private static final Set<String> CONTAINERS = Set.of("section", "nav", "header", "footer", "div", "ul", "ol",
            "dl", "table", "thead", "tbody", "tr");

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Set<String> ids = new HashSet<>();

    /** Opens an element. */
    Markup open(String element, String... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append('>');
        if (CONTAINERS.contains(element)) {
            out.append('\n');
        }
        return this;
    }

    /** Closes the element opened last. */
    Markup close(String element) {
        out.append("</").append(element).append('>');
        if (BLOCKS.contains(element)) {
            out.append('\n');
        }
        return this;
    }

    /** Writes an element that has no content, such as {@code meta} or {@code link}. */
    Markup empty(String element, String... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** Writes an element that holds only text. */
    Markup element(String element, String text, String... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append('>');
        return text(text).close(element);
    }

    /** Writes a link that holds only text. */
    Markup link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Writes text, escaped. */
    Markup text(String text) {
        escape(text, out);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The text escaped for HTML and XML content and for attribute values in double quotes. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escape(text, escaped);
        return escaped.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name and value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                checkUnique(attributes[i], attributes[i + 1]);
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], out);
                out.append('"');
            }
        }
    }

    /** Two elements with one id would break in-page links and fail WCAG 2.1 success criterion 4.1.1. */
    private void checkUnique(String name, String value) {
        if ("id".equals(name) && !ids.add(value)) {
            throw new IllegalStateException("Two elements of the page have the id " + value);
        }
    }

    private static void escape(String text, StringBuilder to) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> to.append("&lt;");
                case '>' -> to.append("&gt;");
                case '&' -> to.append("&amp;");
                case '"' -> to.append("&quot;");
                default -> to.append(isAllowedInXml(c) ? c : '\uFFFD');
            }
        }
    }

    /** XML 1.0 forbids most control characters even as references; none belongs in documentation anyway. */
    private static boolean isAllowedInXml(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
    }
}
