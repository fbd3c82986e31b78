// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.util.Locale;

import org.solidaire.server.problem.ProblemException;
import org.solidaire.vocab.LDP;

/** Reads the {@code Link} request header (RFC 8288) for the interaction model a POST asks for. */
final class Links {

    private Links() {
    }

    /** Whether the header asks for a container ({@code rel="type"} with an LDP container type). */
    static boolean requestsContainer(String header) {
        if (header == null) {
            return false;
        }
        for (String link : header.split(",")) {
            String[] parts = link.split(";");
            String target = parts[0].trim();
            if (!target.startsWith("<") || !target.endsWith(">")) {
                throw ProblemException.badRequest("The Link header '" + header + "' is malformed: a link target must "
                        + "be an IRI between '<' and '>'.");
            }
            String iri = target.substring(1, target.length() - 1);
            if (isTypeRel(parts) && (iri.equals(LDP.BasicContainer.getURI()) || iri.equals(LDP.Container.getURI()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTypeRel(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
            if (param.equals("rel=\"type\"") || param.equals("rel=type")) {
                return true;
            }
        }
        return false;
    }
}
