// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the POSIX stat vocabulary that Solid servers use for sizes and modification times.
 *
 * @see <a href="http://www.w3.org/ns/posix/stat#">http://www.w3.org/ns/posix/stat#</a>
 */
public final class POSIX {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/posix/stat#";

    public static final Node File = Terms.uri(NS, "File");
    public static final Node Directory = Terms.uri(NS, "Directory");
    public static final Node size = Terms.uri(NS, "size");
    public static final Node mtime = Terms.uri(NS, "mtime");

    private POSIX() {
    }
}
