// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes.jena;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Picks the message of a result in the language asked for.
 *
 * <p>Jena copies every {@code sh:message} of the shape into the result; when the shape has none in the language,
 * English is used, then any message, then the text Jena writes for the constraint.
 */
final class LocalizedMessages {

    private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");
    private static final String FALLBACK_LANGUAGE = "en";

    /** Messages by shape then language, read from the shapes so that nested results still find their shape's text. */
    private final Map<Node, Map<String, String>> byShape = new HashMap<>();

    LocalizedMessages(Graph shapes) {
        shapes.find(Node.ANY, SH_MESSAGE, Node.ANY).forEach(triple -> {
            Node message = triple.getObject();
            if (message.isLiteral()) {
                byShape.computeIfAbsent(triple.getSubject(), shape -> new HashMap<>())
                        .putIfAbsent(primaryLanguage(message.getLiteralLanguage()), message.getLiteralLexicalForm());
            }
        });
    }

    String choose(ReportEntry entry, Locale locale) {
        String wanted = locale.getLanguage();
        Map<String, String> messages = messagesOf(entry);
        return Optional.ofNullable(messages.get(wanted))
                .or(() -> Optional.ofNullable(messages.get(FALLBACK_LANGUAGE)))
                .or(() -> messages.values().stream().findFirst())
                .orElseGet(entry::message);
    }

    private Map<String, String> messagesOf(ReportEntry entry) {
        Map<String, String> fromResult = new HashMap<>();
        Collection<Node> nodes = entry.messages() == null ? List.of() : entry.messages();
        nodes.stream().filter(Node::isLiteral).forEach(message ->
                fromResult.putIfAbsent(primaryLanguage(message.getLiteralLanguage()), message.getLiteralLexicalForm()));
        if (!fromResult.isEmpty()) {
            return fromResult;
        }
        return byShape.getOrDefault(entry.source(), Map.of());
    }

    private static String primaryLanguage(String languageTag) {
        int dash = languageTag.indexOf('-');
        return (dash < 0 ? languageTag : languageTag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
