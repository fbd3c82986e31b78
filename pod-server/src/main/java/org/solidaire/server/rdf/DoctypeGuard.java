// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import java.io.InputStream;
import java.io.Reader;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.solidaire.server.problem.ProblemException;

/**
 * Refuses an XML document that has a document type declaration, before any RDF/XML parser sees it.
 *
 * <p>Jena's RDF/XML reader expands entities declared in an internal DTD subset, which allows entity-expansion
 * attacks ("billion laughs") up to the JDK's limits, and its only defence against external entities and DTDs is
 * to skip them. RDF/XML needs neither, so any DOCTYPE is a 400. The prolog is read by the JDK's own StAX
 * parser with DTD support off and external access forbidden, so declaring an entity or naming a DTD can
 * neither expand anything nor open a file or a connection; reading stops at the root element.
 */
final class DoctypeGuard {

    private DoctypeGuard() {
    }

    /** Reads the prolog of an XML byte stream, whose encoding the XML declaration gives. */
    static void refuseDoctype(InputStream xml) {
        try {
            scan(factory().createXMLStreamReader(xml));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Reads the prolog of an XML document already decoded with the charset of its Content-Type. */
    static void refuseDoctype(Reader xml) {
        try {
            scan(factory().createXMLStreamReader(xml));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static void scan(XMLStreamReader reader) throws XMLStreamException {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw located(ProblemException.badRequest("RDF/XML with a document type declaration is not "
                            + "accepted: DTDs and entity declarations are never processed"), reader.getLocation());
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
            }
        } finally {
            reader.close();
        }
    }

    /**
     * A new factory each time: RDF/XML bodies are rare, and the JDK does not promise that a shared factory is
     * safe to use from several threads. The JDK's own implementation is asked for by name so that the
     * properties below are known to be honoured.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static ProblemException malformed(XMLStreamException e) {
        Location location = e.getLocation();
        long line = location == null ? -1 : location.getLineNumber();
        long column = location == null ? -1 : location.getColumnNumber();
        return ProblemErrorHandler.syntaxError(RdfFormat.RDF_XML, stripLocation(e.getMessage()), line, column)
                .causedBy(e);
    }

    private static ProblemException located(ProblemException problem, Location location) {
        if (location != null && location.getLineNumber() > 0) {
            problem.with("line", (long) location.getLineNumber());
            if (location.getColumnNumber() > 0) {
                problem.with("column", (long) location.getColumnNumber());
            }
        }
        return problem;
    }

    /** The JDK prefixes the message with "ParseError at [row,col]:[l,c]\nMessage: ", which the detail repeats. */
    private static String stripLocation(String message) {
        if (message == null) {
            return null;
        }
        int start = message.indexOf("Message: ");
        return start < 0 ? message : message.substring(start + "Message: ".length());
    }
}
