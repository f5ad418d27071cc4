package nl.midoffice.simulator.legacysuite.zds;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The StUF message inside a SOAP 1.1 envelope, with its stuurgegevens. */
record SoapVerzoek(Element bericht, Stuurgegevens stuurgegevens) {

    static SoapVerzoek uit(Document document) {
        Element envelop = document.getDocumentElement();
        if (!"Envelope".equals(envelop.getLocalName()) || !Namespaces.SOAP.equals(envelop.getNamespaceURI())) {
            throw StufFout.client(FoutCodes.ONGELDIG_BERICHT, "Geen SOAP 1.1-envelop",
                    "Verwacht een Envelope in namespace " + Namespaces.SOAP);
        }
        Element bericht = Dom.eersteElement(Dom.kind(envelop, Namespaces.SOAP, "Body"));
        if (bericht == null) {
            throw StufFout.client(FoutCodes.ONGELDIG_BERICHT, "Lege SOAP-body", "De SOAP-body bevat geen StUF-bericht");
        }
        return new SoapVerzoek(bericht, Stuurgegevens.van(bericht));
    }

    boolean is(String ns, String naam) {
        return naam.equals(bericht.getLocalName()) && ns.equals(bericht.getNamespaceURI());
    }

    /** Refuses anything but the expected message, naming what came in so the sender can see its mistake. */
    void vereis(String ns, String naam) {
        if (!is(ns, naam)) {
            throw StufFout.client(FoutCodes.NIET_ONDERSTEUND, "Bericht niet ondersteund op dit endpoint",
                    "Verwacht " + naam + " in namespace " + ns + ", ontvangen " + bericht.getLocalName()
                            + " in namespace " + bericht.getNamespaceURI());
        }
    }
}
