// SPDX-License-Identifier: Apache-2.0
/**
 * Typed, immutable records for the data a city returns to a citizen's pod, each written to and read from RDF as
 * the shapes of the Citizen Data Vocabulary describe it.
 *
 * <p>Readings ({@link org.solidaire.client.model.WaterReading}, {@link org.solidaire.client.model.ElectricityReading},
 * {@link org.solidaire.client.model.GasReading}, {@link org.solidaire.client.model.HeatReading}) share an
 * {@link org.solidaire.client.model.Observation}; meters, service points, contracts, trips, transport subscriptions
 * and the citizen's profile have a record each. Every record writes itself with {@code addTo(graph)} or
 * {@code toGraph()}, and is read back with {@code fromGraph(graph, iri)}, or all at once with {@code allIn(graph)}:
 *
 * <pre>{@code
 * URI day = URI.create("https://pod.example/camille/water/2024-06#2024-06-01");
 * URI point = URI.create("https://pod.example/camille/water/contract#point");
 * WaterReading reading = WaterReading.of(
 *         Observation.daily(day, point, LocalDate.of(2024, 6, 1), ZoneId.of("Europe/Paris"), ReadingMethod.ACTUAL),
 *         Quantity.litres(new BigDecimal("317")));
 * Graph graph = reading.toGraph();
 * }</pre>
 *
 * <p>No record writes a blank node: the values a resource owns get fragment IRIs derived from its own
 * ({@code #2024-06-01-result}), so the same record written twice, even through an insert-only N3 Patch, adds
 * nothing. Reading accepts blank nodes there too, as older documents use them.
 */
package org.solidaire.client.model;
