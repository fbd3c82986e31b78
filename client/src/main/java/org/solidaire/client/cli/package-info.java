// SPDX-License-Identifier: Apache-2.0
/**
 * The command-line tool {@code solidaire-client}: a water department imports its exports into citizens' pods
 * ({@code import water}, {@code import ngsi-ld}), a citizen shares a container and takes it back ({@code grant},
 * {@code revoke}), an app queries a pod ({@code query}). Every command is a thin layer over the library
 * ({@link org.solidaire.client.PodClient} and {@link org.solidaire.client.importer}); {@link
 * org.solidaire.client.cli.Main} lists the exit codes.
 */
package org.solidaire.client.cli;
