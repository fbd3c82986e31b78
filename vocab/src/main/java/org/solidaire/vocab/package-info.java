// SPDX-License-Identifier: Apache-2.0
/**
 * The Citizen Data Vocabulary and term constants for the vocabularies a Solid server speaks, one class per prefix,
 * each field named exactly like the term's local name, as Jena {@link org.apache.jena.graph.Node}s.
 *
 * <p>{@link org.solidaire.vocab.CDV} holds the terms of our own vocabulary and
 * {@link org.solidaire.vocab.CitizenDataVocabulary} its published Turtle; the other classes hold the standard
 * terms it reuses and the server speaks. A local name that is not a Java name gets a documented variant:
 * {@code ACL.default_} for the keyword, an underscore for each hyphen ({@code UNIT.KiloW_HR}).
 *
 * <pre>{@code
 * graph.add(container, LDP.contains, member);
 * graph.add(reading, RDF.type.asNode(), CDV.WaterConsumptionObservation);
 * }</pre>
 */
package org.solidaire.vocab;
