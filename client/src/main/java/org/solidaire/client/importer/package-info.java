// SPDX-License-Identifier: Apache-2.0
/**
 * Importers that turn a provider's export into the documents of citizens' pods, checked against the shapes before
 * anything would be sent, and deterministic: the same input gives the same triples, so importing it again changes
 * nothing.
 *
 * <p>{@link org.solidaire.client.importer.WaterCsvImporter} reads a water department's CSV export
 * ({@code import water}) into {@link org.solidaire.client.importer.PodDocument}s, one per service point and month,
 * and reports every bad row as a {@link org.solidaire.client.importer.RowProblem} with its line and column.
 * {@link org.solidaire.client.importer.NgsiLdWaterImporter} reads Smart Data Models {@code WaterConsumptionObserved}
 * entities ({@code import ngsi-ld}) with JSON-LD contexts bundled in this jar, never fetched, and reports the
 * attributes it cannot map. Neither sends anything: writing the documents is the caller's, through the pod client.
 */
package org.solidaire.client.importer;
