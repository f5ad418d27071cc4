package nl.midoffice.adapter.legacysuite;

import static nl.midoffice.adapter.legacysuite.Stuf.STUF;
import static nl.midoffice.adapter.legacysuite.Stuf.ZKN;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import nl.midoffice.contracts.AanvraagStatus;

/** Reads the legacy suite's answers (Bv03, Fo03 faults, La01) with a parser that refuses DTDs and entities. */
public class StufAntwoorden {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private final DocumentBuilderFactory factory = veiligeFactory();

    /** A Fo03 fault: {@code plek} says whose fault it was ({@code client}: ours, {@code server}: theirs). */
    public record Fo03(String code, String plek, String omschrijving, String details) {
        boolean isFunctioneel() {
            return "client".equalsIgnoreCase(plek);
        }
    }

    /** One status from a La01, as the suite names it. */
    public record Zaakstatus(int volgnummer, String omschrijving, String toelichting, LocalDateTime datumStatusGezet) {
        /** The citizen-facing status for the suite's status names; empty for a name we do not know. */
        public Optional<AanvraagStatus> alsAanvraagStatus() {
            return Optional.ofNullable(switch (omschrijving.trim().toLowerCase(Locale.ROOT)) {
                case "geregistreerd", "ontvangen" -> AanvraagStatus.GEREGISTREERD;
                case "in behandeling" -> AanvraagStatus.IN_BEHANDELING;
                case "afgehandeld" -> AanvraagStatus.AFGEHANDELD;
                case "afgewezen" -> AanvraagStatus.AFGEWEZEN;
                default -> null;
            });
        }

        public java.time.Instant tijdstip() {
            return datumStatusGezet == null ? null : datumStatusGezet.atZone(NEDERLAND).toInstant();
        }
    }

    public boolean isBv03(String xml) {
        return eerste(parse(xml), STUF, "Bv03Bericht").isPresent();
    }

    public Optional<Fo03> fo03(String xml) {
        Document doc;
        try {
            doc = parse(xml);
        } catch (OnleesbaarAntwoord e) {
            return Optional.empty();
        }
        return eerste(doc, STUF, "Fo03Bericht").map(bericht -> {
            Element body = kind(bericht, STUF, "body").orElse(bericht);
            return new Fo03(tekst(body, STUF, "code"), tekst(body, STUF, "plek"), tekst(body, STUF, "omschrijving"),
                    tekst(body, STUF, "details"));
        });
    }

    /** All statuses of the zaak in a La01, oldest first; empty when the suite does not know the zaak. */
    public List<Zaakstatus> zaakstatussen(String xml) {
        Document doc = parse(xml);
        List<Zaakstatus> statussen = new ArrayList<>();
        NodeList heeft = doc.getElementsByTagNameNS(ZKN, "heeft");
        for (int i = 0; i < heeft.getLength(); i++) {
            Element status = (Element) heeft.item(i);
            Element gerelateerde = kind(status, ZKN, "gerelateerde").orElse(status);
            String omschrijving = tekst(gerelateerde, ZKN, "omschrijving");
            if (omschrijving == null) {
                continue;
            }
            statussen.add(new Zaakstatus(geheelGetal(tekst(gerelateerde, ZKN, "volgnummer")), omschrijving,
                    tekst(status, ZKN, "toelichting"), tijdstip(tekst(status, ZKN, "datumStatusGezet"))));
        }
        statussen.sort(Comparator.comparing(Zaakstatus::datumStatusGezet,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return statussen;
    }

    private Document parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new OnleesbaarAntwoord("empty answer");
        }
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new OnleesbaarAntwoord("unreadable answer: " + e.getMessage());
        }
    }

    private static Optional<Element> eerste(Document doc, String ns, String naam) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, naam);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of((Element) nodes.item(0));
    }

    private static Optional<Element> kind(Element ouder, String ns, String naam) {
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && naam.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String tekst(Element ouder, String ns, String naam) {
        return kind(ouder, ns, naam).map(Node::getTextContent).map(String::trim).filter(s -> !s.isEmpty())
                .orElse(null);
    }

    private static int geheelGetal(String waarde) {
        try {
            return waarde == null ? 0 : Integer.parseInt(waarde);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDateTime tijdstip(String waarde) {
        if (waarde == null) {
            return null;
        }
        try {
            String volledig = (waarde + "00000000000000000").substring(0, 17);
            return LocalDateTime.parse(volledig, Stuf.TIJDSTIP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DocumentBuilderFactory veiligeFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
