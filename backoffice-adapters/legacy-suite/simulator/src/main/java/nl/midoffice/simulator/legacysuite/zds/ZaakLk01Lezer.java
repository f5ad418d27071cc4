package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.zds.Namespaces.BG;
import static nl.midoffice.simulator.legacysuite.zds.Namespaces.STUF;
import static nl.midoffice.simulator.legacysuite.zds.Namespaces.ZKN;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.w3c.dom.Element;

import nl.midoffice.simulator.support.Bsn;
import nl.midoffice.simulator.legacysuite.zaak.NieuweZaak;

/**
 * Reads and validates a creeerZaak_ZakLk01 the way the suite's intake does: strict on what it
 * needs (identificatie, an initiator with a valid BSN), lenient on everything else.
 */
final class ZaakLk01Lezer {

    /** The kenmerk bron under which the mid-office passes its aanvraag id. */
    static final String BRON_MIDOFFICE_AANVRAAG = "midoffice-aanvraag";
    /** Length of identificatie in the StUF-ZKN 0310 schema. */
    static final int MAX_IDENTIFICATIE = 40;
    private static final DateTimeFormatter STUF_DATUM = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ZaakLk01Lezer() {
    }

    static NieuweZaak lees(SoapVerzoek verzoek, String standaardGemeente) {
        Stuurgegevens sg = verzoek.stuurgegevens();
        if (sg.berichtcode() != null && !"Lk01".equals(sg.berichtcode())) {
            throw ongeldig("Onverwachte berichtcode", "berichtcode moet Lk01 zijn, ontvangen " + sg.berichtcode());
        }
        String mutatiesoort = Dom.tekst(Dom.kind(verzoek.bericht(), ZKN, "parameters"), STUF, "mutatiesoort");
        if (mutatiesoort != null && !"T".equals(mutatiesoort)) {
            throw ongeldig("Mutatiesoort niet ondersteund", "creeerZaak vraagt mutatiesoort T, ontvangen " + mutatiesoort);
        }
        Element object = Dom.kind(verzoek.bericht(), ZKN, "object");
        if (object == null) {
            throw ongeldig("Zaak ontbreekt", "Het bericht bevat geen object");
        }
        String identificatie = Dom.tekst(object, ZKN, "identificatie");
        if (identificatie == null) {
            throw ongeldig("Zaakidentificatie ontbreekt", "object/identificatie is verplicht");
        }
        if (identificatie.length() > MAX_IDENTIFICATIE) {
            throw ongeldig("Zaakidentificatie te lang", "identificatie mag hoogstens " + MAX_IDENTIFICATIE + " tekens zijn");
        }
        Element zaaktype = Dom.pad(object, ZKN, "isVan", "gerelateerde");
        String gemeente = sg.gemeente() != null ? sg.gemeente() : standaardGemeente;
        return new NieuweZaak(identificatie, gemeente,
                Dom.tekst(object, ZKN, "omschrijving"),
                Dom.tekst(object, ZKN, "toelichting"),
                aanvraagId(object),
                startdatum(object),
                Dom.tekst(zaaktype, ZKN, "code"),
                Dom.tekst(zaaktype, ZKN, "omschrijving"),
                initiatorBsn(object));
    }

    private static String aanvraagId(Element object) {
        for (Element kenmerk : Dom.kinderen(object, ZKN, "kenmerk")) {
            if (BRON_MIDOFFICE_AANVRAAG.equals(Dom.tekst(kenmerk, ZKN, "bron"))) {
                return Dom.tekst(kenmerk, ZKN, "kenmerk");
            }
        }
        return null;
    }

    private static String startdatum(Element object) {
        String startdatum = Dom.tekst(object, ZKN, "startdatum");
        if (startdatum == null) {
            return null;
        }
        try {
            LocalDate.parse(startdatum, STUF_DATUM);
            return startdatum;
        } catch (DateTimeParseException e) {
            throw ongeldig("Ongeldige startdatum", "startdatum moet een datum in de vorm JJJJMMDD zijn");
        }
    }

    private static String initiatorBsn(Element object) {
        Element persoon = Dom.pad(object, ZKN, "heeftAlsInitiator", "gerelateerde", "natuurlijkPersoon");
        if (persoon == null) {
            throw ongeldig("Initiator ontbreekt",
                    "heeftAlsInitiator/gerelateerde/natuurlijkPersoon is verplicht; deze zaken worden op BSN geregistreerd");
        }
        // some counters put inp.bsn in the zaak namespace instead of BG; the meaning is the same
        String bsn = Dom.tekst(persoon, BG, "inp.bsn");
        if (bsn == null) {
            bsn = Dom.tekst(persoon, ZKN, "inp.bsn");
        }
        if (bsn == null) {
            throw ongeldig("BSN van de initiator ontbreekt", "natuurlijkPersoon/inp.bsn is verplicht");
        }
        if (!Bsn.isGeldig(bsn)) {
            throw StufFout.client(FoutCodes.ONGELDIG_BSN, "Ongeldig BSN van de initiator",
                    "inp.bsn voldoet niet aan de elfproef");
        }
        return bsn;
    }

    private static StufFout ongeldig(String omschrijving, String details) {
        return StufFout.client(FoutCodes.ONGELDIG_GEGEVEN, omschrijving, details);
    }
}
