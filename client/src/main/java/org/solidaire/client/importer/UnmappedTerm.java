// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import static java.util.Objects.requireNonNull;

/**
 * An attribute of an imported entity that has no counterpart in the Citizen Data Vocabulary, reported rather than
 * silently dropped.
 *
 * @param entityId the entity that has it
 * @param term the attribute's name in the payload, such as {@code alarmTamper}, or {@code waterConsumption.foo} for
 *     a sub-attribute
 * @param iri the IRI the contexts expand it to
 */
public record UnmappedTerm(String entityId, String term, String iri) {

    /** Checks that every component is present. */
    public UnmappedTerm {
        requireNonNull(entityId, "entityId");
        requireNonNull(term, "term");
        requireNonNull(iri, "iri");
    }
}
