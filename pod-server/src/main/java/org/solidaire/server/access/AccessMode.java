// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.solidaire.vocab.ACL;

/**
 * The access modes of Web Access Control.
 *
 * @see <a href="https://solidproject.org/TR/wac#access-modes">WAC §5 Access Modes</a>
 */
public enum AccessMode {
    READ(ACL.Read), APPEND(ACL.Append), WRITE(ACL.Write), CONTROL(ACL.Control);

    private final Node term;

    AccessMode(Node term) {
        this.term = term;
    }

    /** The ACL term of this mode, such as {@code acl:Read}. */
    public Node term() {
        return term;
    }

    /** The mode an ACL term names, if it names one. */
    public static Optional<AccessMode> of(Node term) {
        for (AccessMode mode : values()) {
            if (mode.term.equals(term)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** The modes granted by a set of modes named in rules: Write includes Append (WAC §5.2). */
    public static Set<AccessMode> closure(Set<AccessMode> named) {
        EnumSet<AccessMode> result = named.isEmpty() ? EnumSet.noneOf(AccessMode.class) : EnumSet.copyOf(named);
        if (result.contains(WRITE)) {
            result.add(APPEND);
        }
        return result;
    }

    /** The value of a {@code WAC-Allow} access parameter, such as {@code read write append}. */
    public static String wacAllowValue(Set<AccessMode> modes) {
        return modes.stream().sorted().map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
    }
}
