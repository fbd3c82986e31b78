// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

/**
 * What the default graph of a pod's SPARQL dataset holds. The dataset has one named graph per resource the caller
 * may read, named by the resource's URI; patterns outside {@code GRAPH} match the default graph.
 */
public enum DefaultGraph {

    /** The default graph is empty: only {@code GRAPH} patterns match (the endpoint's own default). */
    EMPTY,

    /** The default graph is the union of every named graph the caller may read (the parameter {@code union=true}). */
    UNION
}
