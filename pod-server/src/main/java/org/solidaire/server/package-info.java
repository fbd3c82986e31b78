// SPDX-License-Identifier: Apache-2.0
/**
 * The Solidaire pod server: {@link org.solidaire.server.SolidServer} starts it, {@link org.solidaire.server.Main}
 * is its command line.
 */
package org.solidaire.server;
