// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the SEMIC core vocabularies namespace (EU Core Person, Location and Public Service).
 *
 * @see <a href="http://data.europa.eu/m8g/">http://data.europa.eu/m8g/</a>
 */
public final class CV {

    /** The namespace IRI. */
    public static final String NS = "http://data.europa.eu/m8g/";

    public static final Node AdminUnit = Terms.uri(NS, "AdminUnit");
    public static final Node birthDate = Terms.uri(NS, "birthDate");
    public static final Node domicile = Terms.uri(NS, "domicile");
    public static final Node sex = Terms.uri(NS, "sex");
    public static final Node adminUnit = Terms.uri(NS, "adminUnit");
    public static final Node code = Terms.uri(NS, "code");
    public static final Node level = Terms.uri(NS, "level");

    private CV() {
    }
}
