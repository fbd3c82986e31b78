// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Simple Knowledge Organization System (SKOS).
 *
 * @see <a href="http://www.w3.org/2004/02/skos/core#">http://www.w3.org/2004/02/skos/core#</a>
 */
public final class SKOS {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node Concept = Terms.uri(NS, "Concept");
    public static final Node ConceptScheme = Terms.uri(NS, "ConceptScheme");
    public static final Node prefLabel = Terms.uri(NS, "prefLabel");
    public static final Node altLabel = Terms.uri(NS, "altLabel");
    public static final Node definition = Terms.uri(NS, "definition");
    public static final Node notation = Terms.uri(NS, "notation");
    public static final Node inScheme = Terms.uri(NS, "inScheme");
    public static final Node hasTopConcept = Terms.uri(NS, "hasTopConcept");
    public static final Node topConceptOf = Terms.uri(NS, "topConceptOf");
    public static final Node broader = Terms.uri(NS, "broader");
    public static final Node narrower = Terms.uri(NS, "narrower");
    public static final Node exactMatch = Terms.uri(NS, "exactMatch");
    public static final Node closeMatch = Terms.uri(NS, "closeMatch");
    public static final Node broadMatch = Terms.uri(NS, "broadMatch");
    public static final Node narrowMatch = Terms.uri(NS, "narrowMatch");
    public static final Node relatedMatch = Terms.uri(NS, "relatedMatch");

    private SKOS() {
    }
}
