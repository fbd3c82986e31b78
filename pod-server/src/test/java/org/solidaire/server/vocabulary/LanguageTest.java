// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The choice of the page's language from the {@code lang} parameter and the {@code Accept-Language} header. */
class LanguageTest {

    @ParameterizedTest(name = "lang={0}, Accept-Language: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "null | null | FRENCH",
        "null | '' | FRENCH",
        "null | en | ENGLISH",
        "null | en-US,en;q=0.9 | ENGLISH",
        "null | fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7 | FRENCH",
        "null | de-DE,de;q=0.9,en;q=0.5 | ENGLISH",
        "null | de-DE,de;q=0.9 | FRENCH",
        "null | en, fr | ENGLISH",
        "null | fr, en | FRENCH",
        "null | en;q=0.5, fr;q=0.5 | ENGLISH",
        "null | * | FRENCH",
        "null | fr;q=0, * | ENGLISH",
        "null | en;q=0, * | FRENCH",
        "null | en;q=2 | FRENCH",
        "null | en;q=abc, fr | FRENCH",
        "en | fr | ENGLISH",
        "EN | null | ENGLISH",
        "fr | en | FRENCH",
        "de | en | ENGLISH",
        "'' | null | FRENCH"
    })
    void choosesTheLanguage(String parameter, String acceptLanguage, Language expected) {
        assertEquals(expected, Language.negotiate(parameter, acceptLanguage));
    }
}
