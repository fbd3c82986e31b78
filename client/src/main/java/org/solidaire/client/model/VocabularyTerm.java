// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import org.apache.jena.graph.Node;

/** A value taken from one of the vocabulary's code lists or class lists, named by its IRI. */
public interface VocabularyTerm {

    /**
     * Returns the IRI of the concept or class.
     *
     * @return an IRI node, such as {@code cdv:ActualReading}
     */
    Node term();

    /**
     * Finds the constant of an enumeration whose term is the node.
     *
     * @param type the enumeration
     * @param term the IRI read from a graph
     * @param <E> the type of the enumeration
     * @return the constant
     * @throws IllegalArgumentException when no constant has that term
     */
    static <E extends Enum<E> & VocabularyTerm> E find(Class<E> type, Node term) {
        for (E constant : type.getEnumConstants()) {
            if (constant.term().equals(term)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(term + " is not one of the values of " + type.getSimpleName());
    }
}
