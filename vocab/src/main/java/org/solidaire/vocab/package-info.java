// SPDX-License-Identifier: Apache-2.0
/**
 * Term constants for the vocabularies a Solid server speaks, one class per prefix, each field named exactly
 * like the term's local name, as Jena {@link org.apache.jena.graph.Node}s.
 *
 * <pre>{@code
 * graph.add(container, LDP.contains, member);
 * }</pre>
 */
package org.solidaire.vocab;
