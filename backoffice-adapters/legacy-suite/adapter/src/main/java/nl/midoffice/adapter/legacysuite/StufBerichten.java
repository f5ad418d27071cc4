package nl.midoffice.adapter.legacysuite;

import static nl.midoffice.adapter.legacysuite.Stuf.BG;
import static nl.midoffice.adapter.legacysuite.Stuf.SOAP;
import static nl.midoffice.adapter.legacysuite.Stuf.STUF;
import static nl.midoffice.adapter.legacysuite.Stuf.XSI;
import static nl.midoffice.adapter.legacysuite.Stuf.ZKN;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.ZaakRegistreren;
import nl.midoffice.contracts.ZaakstatusOpvragen;

/**
 * Maps canonical messages to the StUF 0310 messages the legacy suite understands ({@code creeerZaak_ZakLk01},
 * {@code geefZaakstatus_ZakLv01}, StUF-BG {@code npsLv01}). A StAX writer does the escaping.
 */
public class StufBerichten {

    /**
     * What a person lookup asks the suite for (the npsLv01 scope), and so what the verwerkingenlogging records:
     * only what the mid-office uses; no geslachtsaanduiding.
     */
    public static final List<String> GEVRAAGDE_GEGEVENS = List.of("inp.bsn", "geslachtsnaam",
            "voorvoegselGeslachtsnaam", "voornamen", "geboortedatum", "verblijfsadres", "inp.gemeenteVanInschrijving");
    private static final List<String> ADRESGEGEVENS = List.of("aoa.identificatie", "wpl.woonplaatsNaam",
            "gor.openbareRuimteNaam", "aoa.postcode", "aoa.huisnummer", "aoa.huisletter", "aoa.huisnummertoevoeging");

    /** StUF-ZKN limits a zaak's omschrijving to 80 characters. */
    static final int MAX_OMSCHRIJVING = 80;
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final LegacySuiteProperties properties;
    private final Clock clock;

    public StufBerichten(LegacySuiteProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public String creeerZaak(ZaakRegistreren opdracht) {
        return envelope(w -> {
            w.writeStartElement("ZKN", "zakLk01", ZKN);
            stuurgegevens(w, "ZKN", ZKN, "Lk01", opdracht.gemeente(), opdracht.messageId(), "ZAK");
            w.writeStartElement("ZKN", "parameters", ZKN);
            element(w, "StUF", STUF, "mutatiesoort", "T");
            element(w, "StUF", STUF, "indicatorOvername", "V");
            w.writeEndElement();
            object(w, "ZAK", "T");
            element(w, "ZKN", ZKN, "identificatie", opdracht.referentie());
            element(w, "ZKN", ZKN, "omschrijving", afgekapt(opdracht.omschrijving()));
            element(w, "ZKN", ZKN, "toelichting", opdracht.toelichting());
            w.writeStartElement("ZKN", "kenmerk", ZKN);
            element(w, "ZKN", ZKN, "kenmerk", opdracht.aanvraagId());
            element(w, "ZKN", ZKN, "bron", Stuf.KENMERK_BRON_AANVRAAG);
            w.writeEndElement();
            String datum = Stuf.DATUM.format(opdracht.tijdstip().atZone(NEDERLAND));
            element(w, "ZKN", ZKN, "startdatum", datum);
            element(w, "ZKN", ZKN, "registratiedatum", datum);
            relatie(w, "isVan", "ZAKZKT");
            object(w, "gerelateerde", "ZKT", "I");
            element(w, "ZKN", ZKN, "omschrijving", zaaktypeOmschrijving(opdracht.product()));
            element(w, "ZKN", ZKN, "code", opdracht.product());
            w.writeEndElement();
            w.writeEndElement();
            relatie(w, "heeftAlsInitiator", "ZAKBTRINI");
            w.writeStartElement("ZKN", "gerelateerde", ZKN);
            object(w, "natuurlijkPersoon", "NPS", "I");
            element(w, "BG", BG, "inp.bsn", opdracht.initiatorBsn());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement(); // object
            w.writeEndElement(); // zakLk01
        });
    }

    public String geefZaakstatus(ZaakstatusOpvragen vraag) {
        return envelope(w -> {
            w.writeStartElement("ZKN", "zakLv01", ZKN);
            stuurgegevens(w, "ZKN", ZKN, "Lv01", vraag.gemeente(), vraag.messageId(), "ZAK");
            w.writeStartElement("ZKN", "parameters", ZKN);
            element(w, "StUF", STUF, "sortering", "0");
            element(w, "StUF", STUF, "indicatorVervolgvraag", "false");
            w.writeEndElement();
            w.writeStartElement("ZKN", "gelijk", ZKN);
            w.writeAttribute("StUF", STUF, "entiteittype", "ZAK");
            element(w, "ZKN", ZKN, "identificatie", vraag.zaakIdentificatie());
            w.writeEndElement();
            w.writeStartElement("ZKN", "scope", ZKN);
            w.writeStartElement("ZKN", "object", ZKN);
            w.writeAttribute("StUF", STUF, "entiteittype", "ZAK");
            gevraagd(w, "ZKN", ZKN, "identificatie");
            w.writeStartElement("ZKN", "heeft", ZKN);
            w.writeAttribute("StUF", STUF, "entiteittype", "ZAKSTT");
            w.writeStartElement("ZKN", "gerelateerde", ZKN);
            w.writeAttribute("StUF", STUF, "entiteittype", "STT");
            gevraagd(w, "ZKN", ZKN, "volgnummer");
            gevraagd(w, "ZKN", ZKN, "omschrijving");
            w.writeEndElement();
            gevraagd(w, "ZKN", ZKN, "toelichting");
            gevraagd(w, "ZKN", ZKN, "datumStatusGezet");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /**
     * A permit application becomes a zaak of the permit's zaaktype, identified by the aanvraag's referentie: the
     * same zaak the suite holds when it also registered the aanvraag, so the clerk decides on that one. The
     * toelichting names the requested start ("Ingangsdatum 2026-12-15"), which the werkbak pre-fills.
     */
    public String creeerZaakVoorVergunning(VergunningAanvragen opdracht) {
        return creeerZaak(alsZaak(opdracht));
    }

    ZaakRegistreren alsZaak(VergunningAanvragen opdracht) {
        String zaaktype = opdracht.product() == null || opdracht.product().isBlank()
                ? Stuf.ZAAKTYPE_PARKEERVERGUNNING : opdracht.product();
        Map<String, String> gegevens = new LinkedHashMap<>();
        if (opdracht.kenteken() != null) {
            gegevens.put("kenteken", opdracht.kenteken());
        }
        if (opdracht.ingangsdatum() != null) {
            gegevens.put("ingangsdatum", opdracht.ingangsdatum());
        }
        String omschrijving = zaaktypeOmschrijving(zaaktype)
                + (opdracht.kenteken() == null ? "" : " voor " + opdracht.kenteken());
        String toelichting = opdracht.ingangsdatum() == null ? null : "Ingangsdatum " + opdracht.ingangsdatum();
        return new ZaakRegistreren(opdracht.messageId(), opdracht.correlationId(), opdracht.aanvraagId(),
                opdracht.referentie(), opdracht.gemeente(), zaaktype, opdracht.aanvragerBsn(), omschrijving,
                toelichting, gegevens, opdracht.tijdstip() != null ? opdracht.tijdstip() : clock.instant(),
                opdracht.schaduw());
    }

    /** StUF-BG npsLv01: the person with this BSN, only the elements in {@link #GEVRAAGDE_GEGEVENS}. */
    public String npsLv01(PersoonOpvragen vraag) {
        return envelope(w -> {
            w.writeStartElement("BG", "npsLv01", BG);
            stuurgegevens(w, "BG", BG, "Lv01", vraag.gemeente(), vraag.messageId(), "NPS");
            w.writeStartElement("BG", "parameters", BG);
            element(w, "StUF", STUF, "sortering", "0");
            element(w, "StUF", STUF, "indicatorVervolgvraag", "false");
            element(w, "StUF", STUF, "maximumAantal", "1");
            w.writeEndElement();
            w.writeStartElement("BG", "gelijk", BG);
            w.writeAttribute("StUF", STUF, "entiteittype", "NPS");
            element(w, "BG", BG, "inp.bsn", vraag.bsn());
            w.writeEndElement();
            w.writeStartElement("BG", "scope", BG);
            w.writeStartElement("BG", "object", BG);
            w.writeAttribute("StUF", STUF, "entiteittype", "NPS");
            for (String gegeven : GEVRAAGDE_GEGEVENS) {
                if (gegeven.equals("verblijfsadres")) {
                    w.writeStartElement("BG", gegeven, BG);
                    for (String adresgegeven : ADRESGEGEVENS) {
                        gevraagd(w, "BG", BG, adresgegeven);
                    }
                    w.writeEndElement();
                } else {
                    gevraagd(w, "BG", BG, gegeven);
                }
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** In a StUF scope an element is asked for by sending it empty: {@code <BG:voornamen xsi:nil="true"/>}. */
    private static void gevraagd(XMLStreamWriter w, String prefix, String ns, String naam)
            throws XMLStreamException {
        w.writeEmptyElement(prefix, naam, ns);
        w.writeAttribute("xsi", XSI, "nil", "true");
    }

    private void stuurgegevens(XMLStreamWriter w, String prefix, String ns, String berichtcode, String gemeente,
            String referentienummer, String entiteittype) throws XMLStreamException {
        w.writeStartElement(prefix, "stuurgegevens", ns);
        element(w, "StUF", STUF, "berichtcode", berichtcode);
        systeem(w, "zender", gemeente, properties.applicatie());
        systeem(w, "ontvanger", gemeente, properties.ontvangerApplicatie());
        element(w, "StUF", STUF, "referentienummer", referentienummer);
        element(w, "StUF", STUF, "tijdstipBericht", Stuf.TIJDSTIP.format(LocalDateTime.now(clock.withZone(NEDERLAND))));
        element(w, "StUF", STUF, "entiteittype", entiteittype);
        w.writeEndElement();
    }

    private static void systeem(XMLStreamWriter w, String rol, String organisatie, String applicatie)
            throws XMLStreamException {
        w.writeStartElement("StUF", rol, STUF);
        element(w, "StUF", STUF, "organisatie", organisatie);
        element(w, "StUF", STUF, "applicatie", applicatie);
        w.writeEndElement();
    }

    private static void object(XMLStreamWriter w, String entiteittype, String verwerkingssoort)
            throws XMLStreamException {
        object(w, "object", entiteittype, verwerkingssoort);
    }

    private static void object(XMLStreamWriter w, String naam, String entiteittype, String verwerkingssoort)
            throws XMLStreamException {
        w.writeStartElement("ZKN", naam, ZKN);
        w.writeAttribute("StUF", STUF, "entiteittype", entiteittype);
        w.writeAttribute("StUF", STUF, "verwerkingssoort", verwerkingssoort);
    }

    private static void relatie(XMLStreamWriter w, String naam, String entiteittype) throws XMLStreamException {
        object(w, naam, entiteittype, "T");
    }

    private static void element(XMLStreamWriter w, String prefix, String ns, String naam, String waarde)
            throws XMLStreamException {
        if (waarde == null || waarde.isBlank()) {
            return;
        }
        w.writeStartElement(prefix, naam, ns);
        w.writeCharacters(waarde);
        w.writeEndElement();
    }

    static String afgekapt(String omschrijving) {
        if (omschrijving == null || omschrijving.length() <= MAX_OMSCHRIJVING) {
            return omschrijving;
        }
        return omschrijving.substring(0, MAX_OMSCHRIJVING - 1) + "…";
    }

    static String zaaktypeOmschrijving(String product) {
        if (product == null || product.isEmpty()) {
            return product;
        }
        String woorden = product.replace('-', ' ');
        return Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1);
    }

    private interface Inhoud {
        void schrijf(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String envelope(Inhoud inhoud) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("soap", "Envelope", SOAP);
            w.writeNamespace("soap", SOAP);
            w.writeNamespace("StUF", STUF);
            w.writeNamespace("ZKN", ZKN);
            w.writeNamespace("BG", BG);
            w.writeNamespace("xsi", XSI);
            w.writeStartElement("soap", "Body", SOAP);
            inhoud.schrijf(w);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write StUF message", e);
        }
        return out.toString();
    }
}
