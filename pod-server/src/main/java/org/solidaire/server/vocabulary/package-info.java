// SPDX-License-Identifier: Apache-2.0
/**
 * Publishes the Citizen Data Vocabulary and its SHACL shapes over HTTP, for other cities' data teams and for
 * machines: {@code <base>ns/cdv} and {@code <base>ns/cdv/shapes} answer in Turtle, JSON-LD, N-Triples and RDF/XML,
 * and as an HTML documentation page generated from the vocabulary and the shapes themselves, in French or English.
 *
 * <p>{@link org.solidaire.server.vocabulary.VocabularyHandler} is the only public type; it claims every path under
 * {@code /ns/} and declines all others, so it goes first in a sequence of handlers:
 *
 * <pre>{@code
 * Handler vocabulary = new VocabularyHandler(baseUrl);
 * server.setHandler(new Handler.Sequence(vocabulary, new SolidHandler(store, baseUrl, maxBodyBytes)));
 * }</pre>
 *
 * <p>The served RDF keeps the vocabulary's own IRIs ({@code https://w3id.org/cdv#...}): the server publishes a copy
 * of the vocabulary, it does not rename it. The HTML gives every term an anchor named after its local name, so
 * {@code <base>ns/cdv#WaterConsumptionObservation} lands on that class.
 *
 * @see <a href="https://www.w3.org/TR/swbp-vocab-pub/">Best Practice Recipes for Publishing RDF Vocabularies</a>
 * @see <a href="https://www.w3.org/TR/WCAG21/">WCAG 2.1</a>
 */
package org.solidaire.server.vocabulary;
