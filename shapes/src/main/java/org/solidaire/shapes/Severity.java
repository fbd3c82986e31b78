// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * How serious a validation result is, after the SHACL severities.
 *
 * @see <a href="https://www.w3.org/TR/shacl/#severity">SHACL, section 2.1.4 Declaring the Severity of a Shape</a>
 */
public enum Severity {

    /** The data is wrong: a write carrying it is refused. */
    VIOLATION,

    /** The data is acceptable but incomplete or unusual: the writer is told why. */
    WARNING,

    /** A remark that needs no action. */
    INFO;

    /**
     * Tells whether a result of this severity refuses the write that carries it.
     *
     * @return true for {@link #VIOLATION} only
     */
    public boolean refuses() {
        return this == VIOLATION;
    }

    /**
     * Returns the SHACL term of this severity.
     *
     * @return {@code sh:Violation}, {@code sh:Warning} or {@code sh:Info}
     */
    public Node term() {
        return switch (this) {
            case VIOLATION -> SHACL.Violation;
            case WARNING -> SHACL.Warning;
            case INFO -> SHACL.Info;
        };
    }
}
