package nl.midoffice.simulator.legacysuite.zds;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML. SOAP forbids a DOCTYPE (SOAP 1.1 §3), so refusing it outright closes XXE,
 * entity expansion ("billion laughs") and DTD fetching at once; the other settings are defence in
 * depth should a parser ignore the first.
 */
final class VeiligeXml {

    private static final ErrorHandler STRENG = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a message unusable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * Configured once: looking a factory up ({@code newInstance} searches the class path's service files) and
     * setting its features cost more than the parse itself. Neither factory nor builder is thread-safe, so each
     * thread gets its own builder, reset before every parse.
     */
    private static final DocumentBuilderFactory FACTORY = factory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(VeiligeXml::nieuweBuilder);

    private VeiligeXml() {
    }

    static Document lees(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw StufFout.client(FoutCodes.ONGELDIG_BERICHT, "Leeg bericht", "Het verzoek bevat geen SOAP-envelop");
        }
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(STRENG);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("Externe entiteiten zijn niet toegestaan");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw onleesbaar(e);
        } catch (SAXException | IOException e) {
            throw StufFout.client(FoutCodes.ONGELDIG_BERICHT, "Bericht is geen geldige XML",
                    "Het bericht kon niet worden gelezen");
        }
    }

    private static DocumentBuilder nieuweBuilder() {
        synchronized (FACTORY) {
            try {
                return FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("XML-parser ondersteunt de veiligheidsinstellingen niet", e);
            }
        }
    }

    private static StufFout onleesbaar(SAXParseException e) {
        String melding = String.valueOf(e.getMessage());
        if (melding.contains("DOCTYPE")) {
            return StufFout.client(FoutCodes.ONGELDIG_BERICHT, "DOCTYPE niet toegestaan",
                    "Een SOAP-bericht mag geen DOCTYPE-declaratie bevatten");
        }
        // position only: echoing parser text could reflect message content back
        return StufFout.client(FoutCodes.ONGELDIG_BERICHT, "Bericht is geen welgevormde XML",
                "Fout in de XML op regel " + e.getLineNumber() + ", kolom " + e.getColumnNumber());
    }

    private static DocumentBuilderFactory factory() {
        try {
            return veiligeFactory();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML-parser ondersteunt de veiligheidsinstellingen niet", e);
        }
    }

    private static DocumentBuilderFactory veiligeFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
