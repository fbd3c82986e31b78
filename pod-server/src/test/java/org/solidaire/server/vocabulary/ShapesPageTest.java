// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.solidaire.shapes.CitizenDataShapes;
import org.solidaire.vocab.CitizenDataVocabulary;
import org.w3c.dom.Element;

/** The HTML page of the shapes gives every named shape an anchor and states each constraint in the page language. */
class ShapesPageTest {

    private static final Model SHAPES = ModelFactory.createModelForGraph(CitizenDataShapes.graph());

    private static VocabularyServer server;

    @BeforeAll
    static void start() throws Exception {
        server = VocabularyServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givesEveryNamedShapeAnAnchorNamedAfterItsLocalName(Language language) throws Exception {
        XhtmlPage page = page(language);
        List<Resource> named = SHAPES.listSubjects().filterKeep(subject -> subject.isURIResource()
                && subject.getURI().startsWith(CitizenDataShapes.NS)).toList();

        assertEquals(language.tag(), page.root().getAttribute("lang"));
        assertEquals(1, page.elements("h1").size());
        assertAll(named.stream().<Executable>map(shape -> () -> assertTrue(
                page.byId(shape.getURI().substring(CitizenDataShapes.NS.length())).isPresent(),
                "an anchor for " + shape)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void statesEveryMessageOfEveryNamedPropertyShapeInItsRow(Language language) throws Exception {
        XhtmlPage page = page(language);
        List<Resource> propertyShapes = SHAPES.listSubjectsWithProperty(SHACLM.path)
                .filterKeep(Resource::isURIResource).toList();

        assertAll(propertyShapes.stream().<Executable>map(shape -> () -> {
            Element row = page.byId(shape.getURI().substring(CitizenDataShapes.NS.length())).orElseThrow();
            String message = language.textOf(shape, SHACLM.message).orElseThrow().replaceAll("\\s+", " ");
            Statement path = shape.getProperty(SHACLM.path);
            assertEquals("tr", row.getLocalName());
            assertTrue(XhtmlPage.text(row).contains(message), "the message of " + shape);
            assertTrue(XhtmlPage.text(row).contains(SHAPES.shortForm(path.getResource().getURI())));
        }));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void linksTargetClassesToTheirDocumentation(Language language) throws Exception {
        XhtmlPage page = page(language);
        String target = server.url("/ns/cdv#WaterConsumptionObservation");

        assertTrue(page.elements("a").stream().anyMatch(a -> a.getAttribute("href").equals(target)));
        assertTrue(page.elements("a").stream().anyMatch(a -> a.getAttribute("href")
                .equals(server.url("/ns/cdv"))), "a link to the vocabulary page");
        assertTrue(XhtmlPage.text(page.root()).contains(CitizenDataVocabulary.VERSION_IRI),
                "the vocabulary version the shapes require");
    }

    private static XhtmlPage page(Language language) throws Exception {
        return XhtmlPage.parse(server.get("/ns/cdv/shapes?lang=" + language.tag(), "Accept", "text/html").body());
    }
}
