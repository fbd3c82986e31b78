// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the PIM workspace vocabulary (pod storages and preferences).
 *
 * @see <a href="http://www.w3.org/ns/pim/space#">http://www.w3.org/ns/pim/space#</a>
 */
public final class PIM {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/pim/space#";

    public static final Node Storage = Terms.uri(NS, "Storage");
    public static final Node storage = Terms.uri(NS, "storage");
    public static final Node preferencesFile = Terms.uri(NS, "preferencesFile");
    public static final Node ConfigurationFile = Terms.uri(NS, "ConfigurationFile");

    private PIM() {
    }
}
