package nl.midoffice.simulator.legacysuite.zds;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespace-aware navigation that ignores prefixes and elements it does not know, as StUF asks of receivers. */
final class Dom {

    private Dom() {
    }

    static List<Element> kinderen(Element ouder, String ns, String naam) {
        List<Element> gevonden = new ArrayList<>();
        if (ouder == null) {
            return gevonden;
        }
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                gevonden.add(e);
            }
        }
        return gevonden;
    }

    static Element kind(Element ouder, String ns, String naam) {
        List<Element> gevonden = kinderen(ouder, ns, naam);
        return gevonden.isEmpty() ? null : gevonden.get(0);
    }

    /** Follows a path of same-namespace children; null as soon as a step is missing. */
    static Element pad(Element start, String ns, String... namen) {
        Element huidig = start;
        for (String naam : namen) {
            huidig = kind(huidig, ns, naam);
            if (huidig == null) {
                return null;
            }
        }
        return huidig;
    }

    static Element eersteElement(Element ouder) {
        for (Node n = ouder == null ? null : ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /**
     * Trimmed text, or null when the element is absent, empty, xsi:nil or carries StUF:noValue:
     * StUF's ways of saying "no value" all mean the same to this suite.
     */
    static String tekst(Element element) {
        if (element == null
                || "true".equals(element.getAttributeNS(Namespaces.XSI, "nil").trim())
                || element.hasAttributeNS(Namespaces.STUF, "noValue")) {
            return null;
        }
        String tekst = element.getTextContent().trim();
        return tekst.isEmpty() ? null : tekst;
    }

    static String tekst(Element ouder, String ns, String naam) {
        return tekst(kind(ouder, ns, naam));
    }
}
