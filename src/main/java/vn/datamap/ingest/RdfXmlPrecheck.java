package vn.datamap.ingest;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an RDF/XML body once with a locked-down XML reader before Jena's parser sees it. Jena's
 * RDF/XML parser turns DTD support on (for character entities), so a document type declaration is
 * refused here outright: no external entity or DTD is resolved, no file or URL is read, no entity
 * is expanded, whatever the body says. Elements may nest only {@link BodyScan#MAX_DEPTH} deep.
 */
final class RdfXmlPrecheck {
    private static final XMLInputFactory FACTORY = lockedDown();

    private RdfXmlPrecheck() {}

    static void check(byte[] body) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                        || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw refused("RDF/XML with a document type declaration (<!DOCTYPE …>, DTDs, entities) is not "
                            + "accepted: write IRIs and text out in full", reader.getLocation());
                } else if (event == XMLStreamConstants.START_ELEMENT && ++depth > BodyScan.MAX_DEPTH) {
                    throw refused("The RDF/XML nests more than " + BodyScan.MAX_DEPTH + " elements deep", reader.getLocation());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
            int at = message.indexOf("Message: ");
            throw refused("RDF/XML syntax error: " + (at >= 0 ? message.substring(at + 9) : message).trim(), e.getLocation());
        } finally {
            close(reader);
        }
    }

    /** The JDK's own StAX reader (never one found on the class path) with DTDs and external entities off. */
    private static XMLInputFactory lockedDown() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return factory;
    }

    private static SyntaxProblem refused(String message, Location location) {
        long line = location == null ? -1 : location.getLineNumber();
        long column = location == null ? -1 : location.getColumnNumber();
        return new SyntaxProblem(message + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), line, column);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing was opened beside the byte array.
            }
        }
    }
}
