package nl.midoffice.adapter.legacysuite;

import static nl.midoffice.adapter.legacysuite.Stuf.BG;
import static nl.midoffice.adapter.legacysuite.Stuf.SOAP;
import static nl.midoffice.adapter.legacysuite.Stuf.STUF;
import static nl.midoffice.adapter.legacysuite.Stuf.ZKN;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.midoffice.contracts.ZaakRegistreren;
import nl.midoffice.contracts.ZaakstatusOpvragen;

/**
 * Maps canonical messages to the StUF-ZKN 0310 messages the legacy suite understands
 * ({@code creeerZaak_ZakLk01}, {@code geefZaakstatus_ZakLv01}). A StAX writer does the escaping.
 */
public class StufBerichten {

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
            stuurgegevens(w, "Lk01", opdracht.gemeente(), opdracht.messageId());
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
            stuurgegevens(w, "Lv01", vraag.gemeente(), vraag.messageId());
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
            w.writeEmptyElement("ZKN", "identificatie", ZKN);
            w.writeStartElement("ZKN", "heeft", ZKN);
            w.writeAttribute("StUF", STUF, "entiteittype", "ZAKSTT");
            w.writeStartElement("ZKN", "gerelateerde", ZKN);
            w.writeAttribute("StUF", STUF, "entiteittype", "STT");
            w.writeEmptyElement("ZKN", "volgnummer", ZKN);
            w.writeEmptyElement("ZKN", "omschrijving", ZKN);
            w.writeEndElement();
            w.writeEmptyElement("ZKN", "toelichting", ZKN);
            w.writeEmptyElement("ZKN", "datumStatusGezet", ZKN);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private void stuurgegevens(XMLStreamWriter w, String berichtcode, String gemeente, String referentienummer)
            throws XMLStreamException {
        w.writeStartElement("ZKN", "stuurgegevens", ZKN);
        element(w, "StUF", STUF, "berichtcode", berichtcode);
        systeem(w, "zender", gemeente, properties.applicatie());
        systeem(w, "ontvanger", gemeente, properties.ontvangerApplicatie());
        element(w, "StUF", STUF, "referentienummer", referentienummer);
        element(w, "StUF", STUF, "tijdstipBericht", Stuf.TIJDSTIP.format(LocalDateTime.now(clock.withZone(NEDERLAND))));
        element(w, "StUF", STUF, "entiteittype", "ZAK");
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
