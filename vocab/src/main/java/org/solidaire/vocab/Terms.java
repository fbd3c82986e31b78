// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Builds term constants for the vocabulary classes of this package. */
final class Terms {

    private Terms() {
    }

    static Node uri(String namespace, String localName) {
        return NodeFactory.createURI(namespace + localName);
    }
}
