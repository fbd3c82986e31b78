// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.junit.jupiter.api.Test;

class ValidExamplesTest {

    private final ShapeValidator validator = ShapeValidator.standard();

    @Test
    void validExamplesConformWithoutAnyResult() {
        ValidationReport report = validator.validate(Examples.valid(), Locale.ENGLISH);

        assertEquals(List.of(), report.entries());
        assertTrue(report.conforms());
        assertTrue(report.accepted());
    }

    @Test
    void validExamplesReachEveryTargetedShape() {
        Graph data = Examples.valid();
        Shapes shapes = Shapes.parse(CitizenDataShapes.graph());

        Set<String> unreached = shapes.getTargetShapes().stream()
                .filter(shape -> shape.getTargets().stream().allMatch(target -> focusNodes(target, data).isEmpty()))
                .map(shape -> shape.getShapeNode().toString())
                .collect(Collectors.toSet());

        assertEquals(Set.of(), unreached);
    }

    private static Set<Node> focusNodes(Target target, Graph data) {
        Node object = target.getObject();
        if (target.getTargetType() == TargetType.targetClass) {
            return data.find(Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, object)
                    .mapWith(triple -> triple.getSubject()).toSet();
        }
        if (target.getTargetType() == TargetType.targetSubjectsOf) {
            return data.find(Node.ANY, object, Node.ANY).mapWith(triple -> triple.getSubject()).toSet();
        }
        return Set.of();
    }
}
