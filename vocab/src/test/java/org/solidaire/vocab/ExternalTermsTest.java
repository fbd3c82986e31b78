// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reused term exists in the vocabulary that publishes it, so a typo cannot mint a term by accident. */
class ExternalTermsTest {

    /**
     * Term classes whose vocabularies no local source publishes: ACP and Solid Notifications exist only as
     * specifications, so their constants are checked by {@link TermConstantsTest} for shape, not here for existence.
     */
    private static final List<Class<?>> UNPUBLISHED = List.of(ACP.class, NOTIFY.class);

    /**
     * Terms that Solid servers use although the published vocabulary of their namespace does not define them: the
     * server reads {@code acl:trustedApp} from older profiles and describes files and folders with POSIX classes.
     */
    private static final Set<String> USED_BUT_UNPUBLISHED = Set.of(ACL.NS + "trustedApp", POSIX.NS + "File",
            POSIX.NS + "Directory");

    private static PublishedVocabularies published;

    @BeforeAll
    static void loadPublishedVocabularies() {
        published = PublishedVocabularies.load();
    }

    @Test
    void everyExternalIriInTheVocabularyHasAKnownPublishedSource() {
        List<String> unknown = externalIris().filter(iri -> !published.covers(iri)).toList();

        assertEquals(List.of(), unknown, "IRIs in namespaces with no published vocabulary to check them against");
    }

    @Test
    void everyExternalTermTheVocabularyUsesExists() {
        List<String> missing = externalIris().filter(published::covers).filter(iri -> !published.defines(iri))
                .toList();

        assertEquals(List.of(), missing, "terms that their published vocabulary does not define");
    }

    static Stream<Class<?>> termClasses() {
        return Stream.of(ACL.class, DCTERMS.class, LDP.class, PIM.class, POSIX.class, SOLID.class, DPV.class,
                PD.class, EUGDPR.class, SOSA.class, QUDT.class, UNIT.class, QUANTITYKIND.class, FOAF.class,
                VCARD.class, SCHEMA.class, PROV.class, SKOS.class, LOCN.class, CV.class, PERSON.class, ORG.class,
                SAREF.class, S4WATR.class, TIME.class, DCAT.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("termClasses")
    void everyConstantOfAStandardVocabularyExists(Class<?> termClass) {
        assertTrue(UNPUBLISHED.stream().noneMatch(termClass::equals));

        assertAll(termClass.getSimpleName(), constants(termClass).stream()
                .filter(iri -> !USED_BUT_UNPUBLISHED.contains(iri))
                .map(iri -> () ->
                assertTrue(published.defines(iri), iri + " is not defined by its published vocabulary")));
    }

    private static Stream<String> externalIris() {
        return VocabularyFixture.mentionedIris().stream()
                .filter(iri -> !iri.startsWith(CDV.NS))
                .filter(iri -> !iri.equals(CitizenDataVocabulary.ONTOLOGY_IRI))
                .filter(iri -> !iri.equals(CitizenDataVocabulary.VERSION_IRI))
                .filter(iri -> !iri.equals("https://creativecommons.org/licenses/by/4.0/"));
    }

    static List<String> constants(Class<?> termClass) {
        return Arrays.stream(termClass.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class)
                .map(ExternalTermsTest::iriOf)
                .toList();
    }

    private static String iriOf(Field field) {
        try {
            return ((Node) field.get(null)).getURI();
        } catch (IllegalAccessException e) {
            throw new AssertionError(field + " is not readable", e);
        }
    }
}
