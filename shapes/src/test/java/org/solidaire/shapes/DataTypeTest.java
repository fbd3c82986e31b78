// SPDX-License-Identifier: Apache-2.0
package org.solidaire.shapes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.solidaire.vocab.CitizenDataVocabulary;

/** Every grantable data type names a shape of ours that targets a class of the vocabulary. */
class DataTypeTest {

    @ParameterizedTest
    @EnumSource(DataType.class)
    void eachDataTypeHasAShapeTargetingAVocabularyClass(DataType type) {
        assertTrue(CitizenDataShapes.graph().contains(type.shape(), RDF.Nodes.type, SHACL.NodeShape), type::name);
        assertTrue(CitizenDataVocabulary.model().getGraph().contains(type.targetClass(), RDF.Nodes.type,
                org.apache.jena.vocabulary.OWL.Class.asNode()), () -> type + " targets " + type.targetClass());
        assertTrue(type.container().endsWith("/") && !type.container().startsWith("/"), type::container);
    }
}
