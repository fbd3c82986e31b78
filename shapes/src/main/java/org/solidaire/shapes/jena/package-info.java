// SPDX-License-Identifier: Apache-2.0
/**
 * The validator behind {@link org.solidaire.shapes.ShapeValidator}, built on Apache Jena SHACL. Callers use the
 * API package; nothing here is meant to be called directly.
 */
package org.solidaire.shapes.jena;
