// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Term constants are named exactly like the local names of the terms they hold, within their namespace. */
class TermConstantsTest {

    static Stream<Class<?>> allTermClasses() {
        return Stream.concat(ExternalTermsTest.termClasses(), Stream.of(CDV.class, ACP.class, NOTIFY.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTermClasses")
    void everyFieldIsNamedLikeTheLocalNameOfItsTerm(Class<?> termClass) throws ReflectiveOperationException {
        String namespace = (String) termClass.getField("NS").get(null);

        assertAll(termClass.getSimpleName(), Arrays.stream(termClass.getFields())
                .filter(field -> field.getType() == Node.class)
                .map(field -> () -> {
                    String iri = ((Node) field.get(null)).getURI();
                    assertTrue(iri.startsWith(namespace), iri);
                    assertEquals(javaName(iri.substring(namespace.length())), field.getName());
                    assertTrue(Modifier.isFinal(field.getModifiers()), field.getName() + " is final");
                }));
    }

    @Test
    void cdvHasOneConstantPerDefinedTermAndNoOther() {
        Set<String> defined = VocabularyFixture.definedTerms().stream().map(Resource::getURI)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> constants = new TreeSet<>(ExternalTermsTest.constants(CDV.class));

        assertEquals(defined, constants);
    }

    private static String javaName(String localName) {
        return localName.equals("default") ? "default_" : localName.replace('-', '_');
    }

    @Test
    void namespaceConstantsAgree() {
        assertEquals(CDV.NS, CitizenDataVocabulary.NS);
    }
}
