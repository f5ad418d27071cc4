package nl.midoffice.adapter.legacysuite;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Compares two XML messages by structure: the same elements (namespace and local name, so prefixes do not
 * matter) in the same order, the same attributes and the same text, except the text of elements that are
 * generated per message. Comments, namespace declarations and whitespace between elements do not count. Parsed
 * as the adapter parses answers, with DTDs and external entities off.
 */
final class StufStructuur {

    /** Generated per message: compared by presence, not by value. */
    static final Set<String> GEGENEREERD = Set.of("referentienummer", "tijdstipBericht", "crossRefnummer");

    private StufStructuur() {
    }

    /** The fixture {@code stuf/<naam>} from the test class path. */
    static String fixture(String naam) {
        try (InputStream in = StufStructuur.class.getResourceAsStream("/stuf/" + naam)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture stuf/" + naam);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every difference, as a path and what differs; empty when the two have the same structure. */
    static List<String> verschillen(String verwacht, String werkelijk) {
        List<String> verschillen = new ArrayList<>();
        vergelijk(parse(verwacht).getDocumentElement(), parse(werkelijk).getDocumentElement(), "", verschillen);
        return verschillen;
    }

    private static void vergelijk(Element verwacht, Element werkelijk, String ouder, List<String> verschillen) {
        String pad = ouder + "/" + naam(verwacht);
        if (!naam(verwacht).equals(naam(werkelijk))) {
            verschillen.add(pad + ": expected element " + naam(verwacht) + ", found " + naam(werkelijk));
            return;
        }
        if (!attributen(verwacht).equals(attributen(werkelijk))) {
            verschillen.add(pad + ": attributes " + attributen(verwacht) + " expected, found " + attributen(werkelijk));
        }
        if (!GEGENEREERD.contains(verwacht.getLocalName()) && !tekst(verwacht).equals(tekst(werkelijk))) {
            verschillen.add(pad + ": text '" + tekst(verwacht) + "' expected, found '" + tekst(werkelijk) + "'");
        }
        List<Element> verwachteKinderen = kinderen(verwacht);
        List<Element> werkelijkeKinderen = kinderen(werkelijk);
        for (int i = 0; i < Math.max(verwachteKinderen.size(), werkelijkeKinderen.size()); i++) {
            if (i >= werkelijkeKinderen.size()) {
                verschillen.add(pad + ": missing " + naam(verwachteKinderen.get(i)));
            } else if (i >= verwachteKinderen.size()) {
                verschillen.add(pad + ": unexpected " + naam(werkelijkeKinderen.get(i)));
            } else {
                vergelijk(verwachteKinderen.get(i), werkelijkeKinderen.get(i), pad, verschillen);
            }
        }
    }

    private static String naam(Element element) {
        return "{" + element.getNamespaceURI() + "}" + element.getLocalName();
    }

    private static Map<String, String> attributen(Element element) {
        Map<String, String> attributen = new TreeMap<>();
        NamedNodeMap alle = element.getAttributes();
        for (int i = 0; i < alle.getLength(); i++) {
            Attr attribuut = (Attr) alle.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribuut.getNamespaceURI())) {
                attributen.put("{" + attribuut.getNamespaceURI() + "}" + attribuut.getLocalName(), attribuut.getValue());
            }
        }
        return attributen;
    }

    /** The element's own text (not its children's), trimmed. */
    private static String tekst(Element element) {
        StringBuilder tekst = new StringBuilder();
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (kind.getNodeType() == Node.TEXT_NODE || kind.getNodeType() == Node.CDATA_SECTION_NODE) {
                tekst.append(kind.getNodeValue());
            }
        }
        return tekst.toString().strip();
    }

    private static List<Element> kinderen(Element element) {
        List<Element> kinderen = new ArrayList<>();
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (kind instanceof Element e) {
                kinderen.add(e);
            }
        }
        return kinderen;
    }

    static Document parse(String xml) {
        try {
            return StufAntwoorden.veiligeFactory().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not well-formed XML", e);
        }
    }
}
