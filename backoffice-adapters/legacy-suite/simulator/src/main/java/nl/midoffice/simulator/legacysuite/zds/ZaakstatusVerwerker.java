package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.zds.Namespaces.ZKN;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.legacysuite.zaak.StatusWijziging;
import nl.midoffice.simulator.legacysuite.zaak.Zaak;
import nl.midoffice.simulator.legacysuite.zaak.ZaakRegister;

/**
 * geefZaakstatus_ZakLv01: answers zakLa01 with the zaak's full status history, oldest first, and,
 * once a clerk decided on a permit, that decision as the zaak's {@code resultaat}.
 */
@Component
class ZaakstatusVerwerker {

    private final ZaakRegister register;
    private final StufBerichten berichten;

    ZaakstatusVerwerker(ZaakRegister register, StufBerichten berichten) {
        this.register = register;
        this.berichten = berichten;
    }

    String verwerk(SoapVerzoek verzoek) {
        verzoek.vereis(ZKN, "zakLv01");
        String identificatie = Dom.tekst(Dom.pad(verzoek.bericht(), ZKN, "gelijk", "identificatie"));
        if (identificatie == null) {
            throw StufFout.client(FoutCodes.ONGELDIG_GEGEVEN, "Zaakidentificatie ontbreekt",
                    "gelijk/identificatie is verplicht");
        }
        Optional<Zaak> zaak = register.zoek(identificatie);
        return berichten.zkn(xml -> {
            xml.open("ZKN:zakLa01");
            berichten.stuurgegevens(xml, "ZKN:stuurgegevens", "La01", verzoek.stuurgegevens(),
                    x -> x.element("StUF:entiteittype", "ZAK"));
            xml.open("ZKN:parameters").element("StUF:indicatorVervolgvraag", "false").sluit("ZKN:parameters");
            if (zaak.isEmpty()) {
                xml.leeg("ZKN:antwoord");
            } else {
                antwoord(xml, zaak.get());
            }
            xml.sluit("ZKN:zakLa01");
        });
    }

    private void antwoord(XmlSchrijver xml, Zaak zaak) {
        xml.open("ZKN:antwoord")
                .open("ZKN:object", "StUF:entiteittype", "ZAK")
                .element("ZKN:identificatie", zaak.identificatie());
        // resultaat is a ZAK attribute, so it precedes the relations (heeft) in StUF-ZKN element order
        if (zaak.besluit() != null) {
            xml.open("ZKN:resultaat")
                    .element("ZKN:omschrijving", zaak.besluit().uitkomst().name())
                    .element("ZKN:toelichting", zaak.besluit().toelichting())
                    .sluit("ZKN:resultaat");
        }
        for (StatusWijziging status : zaak.statussen()) {
            xml.open("ZKN:heeft", "StUF:entiteittype", "ZAKSTT")
                    .open("ZKN:gerelateerde", "StUF:entiteittype", "STT")
                    .element("ZKN:volgnummer", String.valueOf(status.status().volgnummer()))
                    .element("ZKN:omschrijving", status.status().omschrijving())
                    .sluit("ZKN:gerelateerde")
                    .element("ZKN:toelichting", status.toelichting())
                    .element("ZKN:datumStatusGezet", berichten.tijdstip(status.gezetOp()))
                    .sluit("ZKN:heeft");
        }
        xml.sluit("ZKN:object").sluit("ZKN:antwoord");
    }
}
