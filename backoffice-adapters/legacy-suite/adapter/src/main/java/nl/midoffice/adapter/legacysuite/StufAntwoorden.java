package nl.midoffice.adapter.legacysuite;

import static nl.midoffice.adapter.legacysuite.Stuf.BG;
import static nl.midoffice.adapter.legacysuite.Stuf.STUF;
import static nl.midoffice.adapter.legacysuite.Stuf.ZKN;

import java.io.StringReader;
import java.time.LocalDate;
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
import nl.midoffice.contracts.Persoon;
import nl.midoffice.contracts.Woonadres;

/** Reads the legacy suite's answers (Bv03, Fo03 faults, La01s) with a parser that refuses DTDs and entities. */
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

    /**
     * A clerk's decision on a permit, as the zaak's {@code resultaat} in a La01.
     *
     * @param omschrijving {@code VERLEEND} or {@code AFGEWEZEN}
     * @param toelichting  the text the clerk's decision put on the final status (for a refusal: the reason)
     */
    public record Resultaat(String omschrijving, String toelichting) {
        public boolean isVerleend() {
            return Stuf.BESLUIT_VERLEEND.equalsIgnoreCase(omschrijving);
        }

        public boolean isAfgewezen() {
            return Stuf.BESLUIT_AFGEWEZEN.equalsIgnoreCase(omschrijving);
        }
    }

    /** What a La01 says about a zaak: its statuses, oldest first, and the permit decision once there is one. */
    public record Zaakstand(List<Zaakstatus> statussen, Optional<Resultaat> resultaat) {
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
        return zaakstand(xml).statussen();
    }

    /** Statuses and decision of the zaak in a La01; no statuses when the suite does not know the zaak. */
    public Zaakstand zaakstand(String xml) {
        Document doc = parse(xml);
        Optional<Resultaat> resultaat = eerste(doc, ZKN, "resultaat")
                .map(r -> new Resultaat(tekst(r, ZKN, "omschrijving"), tekst(r, ZKN, "toelichting")))
                .filter(r -> r.omschrijving() != null);
        return new Zaakstand(statussen(doc), resultaat);
    }

    /**
     * The person in an npsLa01, mapped to the canonical model; empty when the suite does not know the BSN (an
     * empty {@code antwoord}). Elements without a value ({@code xsi:nil}) become null.
     */
    public Optional<Persoon> persoon(String xml) {
        Element la01 = eerste(parse(xml), BG, "npsLa01")
                .orElseThrow(() -> new OnleesbaarAntwoord("answer is no npsLa01"));
        Element antwoord = kind(la01, BG, "antwoord")
                .orElseThrow(() -> new OnleesbaarAntwoord("npsLa01 without antwoord"));
        Optional<Element> object = kind(antwoord, BG, "object");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Element nps = object.get();
        String bsn = tekst(nps, BG, "inp.bsn");
        if (bsn == null) {
            throw new OnleesbaarAntwoord("npsLa01 object without inp.bsn");
        }
        Woonadres adres = kind(nps, BG, "verblijfsadres").map(a -> new Woonadres(
                tekst(a, BG, "gor.openbareRuimteNaam"), huisnummer(tekst(a, BG, "aoa.huisnummer")),
                tekst(a, BG, "aoa.huisletter"), tekst(a, BG, "aoa.huisnummertoevoeging"),
                postcode(tekst(a, BG, "aoa.postcode")), tekst(a, BG, "wpl.woonplaatsNaam"))).orElse(null);
        return Optional.of(new Persoon(bsn, tekst(nps, BG, "voornamen"), tekst(nps, BG, "voorvoegselGeslachtsnaam"),
                tekst(nps, BG, "geslachtsnaam"), datum(tekst(nps, BG, "geboortedatum")), adres,
                tekst(nps, BG, "inp.gemeenteVanInschrijving")));
    }

    private static List<Zaakstatus> statussen(Document doc) {
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

    /** A StUF date ({@code JJJJMMDD}) as ISO; null when unknown or incomplete ({@code 19750000}). */
    static String datum(String stufDatum) {
        if (stufDatum == null) {
            return null;
        }
        try {
            return LocalDate.parse(stufDatum, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The canonical spelling: four digits and two capitals, no space. */
    static String postcode(String postcode) {
        return postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static Integer huisnummer(String waarde) {
        try {
            return waarde == null ? null : Integer.valueOf(waarde);
        } catch (NumberFormatException e) {
            return null;
        }
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

    /** Namespace-aware, DTDs and external entities off: the one way this adapter parses XML (tests too). */
    static DocumentBuilderFactory veiligeFactory() {
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
