// SPDX-License-Identifier: Apache-2.0
/**
 * SHACL shapes for the Citizen Data Vocabulary and a small validation API.
 *
 * <p>{@link org.solidaire.shapes.ShapeValidator} checks a graph against the shapes that target its types and
 * returns a {@link org.solidaire.shapes.ValidationReport} whose entries name the focus node, the path, the value,
 * the {@link org.solidaire.shapes.Severity} and the message in the language asked for. A
 * {@link org.solidaire.shapes.Severity#VIOLATION} refuses the data; a warning only informs.
 */
package org.solidaire.shapes;
