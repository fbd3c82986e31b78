// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.vocab.CitizenDataVocabulary;
import org.w3c.dom.Element;

/**
 * The HTML page of the vocabulary documents every term from the vocabulary itself, in French by default or in
 * English, and has the structure WCAG 2.1 AA asks of it.
 */
class DocumentationPageTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Model VOCABULARY = CitizenDataVocabulary.model();

    private static VocabularyServer server;
    private static final Map<Language, XhtmlPage> PAGES = new EnumMap<>(Language.class);

    @BeforeAll
    static void start() throws Exception {
        server = VocabularyServer.start();
        for (Language language : Language.values()) {
            PAGES.put(language, XhtmlPage.parse(server.get("/ns/cdv?lang=" + language.tag(), "Accept", BROWSER)
                    .body()));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void isInFrenchByDefault() throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv", "Accept", BROWSER);

        assertAll(
                () -> assertEquals("fr", XhtmlPage.parse(response.body()).root().getAttribute("lang")),
                () -> assertEquals("fr", response.headers().firstValue("Content-Language").orElse("")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB,en;q=0.9,fr;q=0.5", "de-DE, en;q=0.5", "EN-us"})
    void isInEnglishWhenAcceptLanguagePrefersIt(String acceptLanguage) throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv", "Accept", BROWSER, "Accept-Language",
                acceptLanguage);

        assertEquals("en", XhtmlPage.parse(response.body()).root().getAttribute("lang"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR,fr;q=0.9,en;q=0.8", "de", "*", "en;q=0, *", "es, en;q=0.2, fr;q=0.3"})
    void isInFrenchWhenAcceptLanguageDoesNotPreferEnglish(String acceptLanguage) throws Exception {
        HttpResponse<String> response = server.get("/ns/cdv", "Accept", BROWSER, "Accept-Language",
                acceptLanguage);

        assertEquals("fr", XhtmlPage.parse(response.body()).root().getAttribute("lang"));
    }

    @Test
    void followsTheLangParameterOverAcceptLanguage() throws Exception {
        HttpResponse<String> english = server.get("/ns/cdv?lang=en", "Accept", BROWSER, "Accept-Language", "fr");
        HttpResponse<String> french = server.get("/ns/cdv?lang=fr", "Accept", BROWSER, "Accept-Language", "en");

        assertAll(
                () -> assertEquals("en", XhtmlPage.parse(english.body()).root().getAttribute("lang")),
                () -> assertEquals("fr", XhtmlPage.parse(french.body()).root().getAttribute("lang")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void hasOneTopHeadingAndNeverSkipsALevel(Language language) {
        XhtmlPage page = PAGES.get(language);
        List<Integer> levels = new ArrayList<>();
        for (Element element : page.allElements()) {
            if (element.getLocalName().matches("h[1-6]")) {
                levels.add(element.getLocalName().charAt(1) - '0');
            }
        }

        assertEquals(1, page.elements("h1").size(), "one h1");
        assertEquals(1, levels.get(0), "the first heading is the h1");
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading " + i + " skips a level: " + levels);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givesEveryTermAnAnchorNamedAfterItsLocalName(Language language) {
        XhtmlPage page = PAGES.get(language);

        assertTrue(terms().size() > 100, "the vocabulary's terms are found");
        assertAll(terms().stream().<Executable>map(term -> () -> {
            String localName = term.getURI().substring(CitizenDataVocabulary.NS.length());
            assertTrue(page.byId(localName).isPresent(), "an anchor for " + term);
        }));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void showsEveryTermsLabelInThePageLanguageAndMarksTheOther(Language language) {
        XhtmlPage page = PAGES.get(language);
        Language other = language.other();

        assertAll(terms().stream().<Executable>map(term -> () -> {
            Element container = container(page, term);
            String label = language.textOf(term, RDFS.label).orElseThrow();
            String otherLabel = other.textOf(term, RDFS.label).orElseThrow();
            assertTrue(XhtmlPage.text(container).contains(label), label + " shown for " + term);
            assertTrue(XhtmlPage.elements(container, "*").stream()
                    .anyMatch(element -> XhtmlPage.text(element).equals(otherLabel)
                            && other.tag().equals(XhtmlPage.languageOf(element))),
                    otherLabel + " shown and marked as " + other.tag() + " for " + term);
        }));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void listsTheShapeConstraintsOnWaterConsumptionObservation(Language language) {
        Element section = container(PAGES.get(language), VOCABULARY.getResource(CitizenDataVocabulary.NS
                + "WaterConsumptionObservation"));
        List<String> rows = XhtmlPage.elements(section, "tr").stream().map(XhtmlPage::text).toList();
        List<Resource> constraints = waterConsumptionConstraints();

        assertFalse(constraints.isEmpty());
        assertAll(constraints.stream().<Executable>map(shape -> () -> {
            String message = language.textOf(shape, SHACLM.message).orElseThrow().replaceAll("\\s+", " ");
            Statement path = shape.getProperty(SHACLM.path);
            String pathName = path == null ? "" : shape.getModel().shortForm(path.getResource().getURI());
            assertTrue(rows.stream().anyMatch(row -> row.contains(message) && row.contains(pathName)),
                    "a row for " + shape + " with " + pathName + " and its message: " + message);
        }));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void hasTheStructureThatAssistiveTechnologiesRelyOn(Language language) {
        XhtmlPage page = PAGES.get(language);
        Element body = page.elements("body").get(0);
        Element first = XhtmlPage.elements(body, "*").get(0);
        List<String> ids = page.allElements().stream().map(element -> element.getAttribute("id"))
                .filter(id -> !id.isEmpty()).toList();

        assertAll(
                () -> assertEquals("#main", first.getAttribute("href"), "the skip link comes first"),
                () -> assertEquals("main", page.byId("main").map(Element::getLocalName).orElse("")),
                () -> assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique"),
                () -> assertTrue(page.elements("table").stream().allMatch(table ->
                        !XhtmlPage.elements(table, "caption").isEmpty()), "every table has a caption"),
                () -> assertTrue(page.elements("th").stream().allMatch(th -> th.hasAttribute("scope")),
                        "every header cell has a scope"),
                () -> assertTrue(page.elements("script").isEmpty(), "no script"),
                () -> assertTrue(page.allElements().stream().noneMatch(DocumentationPageTest::hasEventHandler),
                        "no event handler attribute"),
                () -> assertTrue(page.elements("a").stream().map(a -> a.getAttribute("href"))
                        .filter(href -> href.startsWith("#"))
                        .allMatch(href -> page.byId(href.substring(1)).isPresent()), "in-page links land"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void linksToTheOtherLanguageAndTheMachineReadableForms(Language language) {
        XhtmlPage page = PAGES.get(language);
        String other = language.other().tag();
        List<Element> links = page.elements("a");

        assertAll(
                () -> assertTrue(links.stream().anyMatch(a -> a.getAttribute("href").equals("?lang=" + other)
                        && a.getAttribute("hreflang").equals(other) && a.getAttribute("lang").equals(other)),
                        "a link to the page in " + other + ", marked in that language"),
                () -> assertTrue(links.stream().anyMatch(a -> a.getAttribute("href")
                        .equals(server.url("/ns/cdv.ttl")))),
                () -> assertTrue(links.stream().anyMatch(a -> a.getAttribute("href")
                        .equals(server.url("/ns/cdv.jsonld")))),
                () -> assertTrue(links.stream().anyMatch(a -> a.getAttribute("href")
                        .equals(server.url("/ns/cdv.rdf")))),
                () -> assertTrue(links.stream().anyMatch(a -> a.getAttribute("href")
                        .equals(server.url("/ns/cdv/shapes")))));
    }

    @Test
    void statesTheVersionLicenceNamespaceAndDependency() {
        String text = XhtmlPage.text(PAGES.get(Language.ENGLISH).root());

        assertAll(
                () -> assertTrue(text.contains(CitizenDataVocabulary.VERSION_IRI)),
                () -> assertTrue(text.contains("CC BY 4.0")),
                () -> assertTrue(text.contains(CitizenDataVocabulary.NS)),
                () -> assertTrue(text.contains("<artifactId>vocab</artifactId>")),
                () -> assertTrue(text.contains("CitizenDataVocabulary.model()")));
    }

    /** The terms the vocabulary defines: every IRI in its namespace that is the subject of a statement. */
    private static List<Resource> terms() {
        return VOCABULARY.listSubjects().filterKeep(subject -> subject.isURIResource()
                && subject.getURI().startsWith(CitizenDataVocabulary.NS)).toList();
    }

    /** The part of the page about a term: the section its heading opens, or the table row it heads. */
    private static Element container(XhtmlPage page, Resource term) {
        String localName = term.getURI().substring(CitizenDataVocabulary.NS.length());
        Element anchor = page.byId(localName).orElseThrow(() -> new AssertionError("no anchor for " + term));
        Optional<Element> row = XhtmlPage.enclosing(anchor, "tr");
        return row.orElseGet(() -> XhtmlPage.enclosing(anchor, "section").orElseThrow());
    }

    /** The shapes that apply to a water reading: its shapes' property shapes and their own node constraints. */
    private static List<Resource> waterConsumptionConstraints() {
        Model shapes = ModelFactory.createModelForGraph(CitizenDataShapes.graph());
        Resource type = shapes.getResource(CitizenDataVocabulary.NS + "WaterConsumptionObservation");
        List<Resource> constraints = new ArrayList<>();
        for (Resource nodeShape : shapes.listSubjectsWithProperty(SHACLM.targetClass, type).toList()) {
            if (nodeShape.hasProperty(SHACLM.message)) {
                constraints.add(nodeShape);
            }
            nodeShape.listProperties(SHACLM.property).forEach(statement -> constraints.add(statement.getResource()));
        }
        return constraints;
    }

    private static boolean hasEventHandler(Element element) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            if (element.getAttributes().item(i).getNodeName().startsWith("on")) {
                return true;
            }
        }
        return false;
    }
}
