// SPDX-License-Identifier: Apache-2.0
/** The one exception that carries an HTTP status and RFC 9457 problem details from deep code to the response. */
package org.solidaire.server.problem;
