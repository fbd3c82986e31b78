// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An HTML page read as XML by the JDK's parser, which proves it well-formed, with the queries the tests make.
 *
 * <p>The parser refuses any DOCTYPE and resolves no entity, so the page's HTML5 doctype, which declares nothing, is
 * checked as text and removed before parsing.
 */
final class XhtmlPage {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String DOCTYPE = "<!DOCTYPE html>\n";

    private final Document document;

    private XhtmlPage(Document document) {
        this.document = document;
    }

    static XhtmlPage parse(String html) throws ParserConfigurationException, IOException, SAXException {
        assertTrue(html.startsWith(DOCTYPE), "the page starts with the HTML5 doctype");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new Strict());
        return new XhtmlPage(builder.parse(new InputSource(new StringReader(html.substring(DOCTYPE.length())))));
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The elements of a name, in document order. */
    List<Element> elements(String name) {
        return elements(root(), name);
    }

    /** The elements of a name inside an element, in document order. */
    static List<Element> elements(Element scope, String name) {
        NodeList nodes = scope.getElementsByTagNameNS(XHTML, name);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Every element in document order. */
    List<Element> allElements() {
        return elements("*");
    }

    /** The element with an id; the DOM has no DTD to say which attribute is an id, so it is looked up by hand. */
    Optional<Element> byId(String id) {
        return allElements().stream().filter(element -> id.equals(element.getAttribute("id"))).findFirst();
    }

    /** The text of a node with runs of white space made single spaces. */
    static String text(Node node) {
        return node.getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** The nearest enclosing element of a name, or the element itself when it has that name. */
    static Optional<Element> enclosing(Element element, String name) {
        Node node = element;
        while (node instanceof Element candidate) {
            if (name.equals(candidate.getLocalName())) {
                return Optional.of(candidate);
            }
            node = node.getParentNode();
        }
        return Optional.empty();
    }

    /** The language that applies to an element: its own {@code lang} or that of its nearest ancestor with one. */
    static String languageOf(Element element) {
        Node node = element;
        while (node instanceof Element candidate) {
            if (candidate.hasAttribute("lang")) {
                return candidate.getAttribute("lang");
            }
            node = node.getParentNode();
        }
        return "";
    }

    /** Reports every error, even those the parser could recover from, as a failure. */
    private static final class Strict implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
