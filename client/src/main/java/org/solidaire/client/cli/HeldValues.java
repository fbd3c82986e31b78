// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.solidaire.client.UnprocessableContentException;
import org.solidaire.client.importer.PodDocument;

/**
 * A document a pod refused because it already holds other values for some of the document's own resources: most
 * often readings returned before with other values, that is, a correction. The importer checked the document
 * against the shapes on its own, so the shapes' violations on its own resources come from what the pod holds beside
 * it; an insert-only patch can add values, never replace them.
 *
 * @param document the document's IRI
 * @param readings the readings that hold other values, by their fragment (such as {@code 2026-10-05})
 * @param others the other resources of the document that hold other values, by their IRI
 */
record HeldValues(URI document, List<String> readings, List<String> others) {

    /**
     * What a refusal says the pod already holds, when every violation is on a resource of the document.
     *
     * @param sent the graph that was sent
     */
    static Optional<HeldValues> of(PodDocument document, Graph sent, UnprocessableContentException refusal) {
        List<String> focusNodes = refusal.violations().stream().map(violation -> violation.get("focusNode"))
                .map(node -> node == null ? "" : node.toString()).distinct().toList();
        if (focusNodes.isEmpty() || !focusNodes.stream().allMatch(node -> isSubject(sent, node))) {
            return Optional.empty();
        }
        TreeSet<String> readings = new TreeSet<>();
        TreeSet<String> others = new TreeSet<>();
        for (String node : focusNodes) {
            document.readingOf(node).ifPresentOrElse(reading -> readings.add(reading.iri().getFragment()),
                    () -> others.add(node));
        }
        return Optional.of(new HeldValues(document.iri(), List.copyOf(readings), List.copyOf(others)));
    }

    private static boolean isSubject(Graph graph, String iri) {
        return !iri.isEmpty() && graph.contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY);
    }

    /** Such as {@code <document>: the pod already holds other values for the readings of 2026-10-05 and 2026-10-06}. */
    String describe() {
        List<String> what = new ArrayList<>();
        if (!readings.isEmpty()) {
            what.add((readings.size() == 1 ? "the reading of " : "the readings of ") + listed(readings));
        }
        if (!others.isEmpty()) {
            what.add(listed(others));
        }
        return document + ": the pod already holds other values for " + String.join(", and for ", what);
    }

    private static String listed(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** What to do about documents refused so, once for all of them. */
    static String advice(int documents) {
        return documents + " documents hold readings already returned with other values: an identity with Append "
                + "only (such as the city's service) can add data to a pod, never correct what it returned. The "
                + "citizen corrects them, or gives an identity Read and Write on the container, which imports the "
                + "corrected export again with --correct.";
    }
}
