package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.zds.Namespaces.BG;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.midoffice.simulator.legacysuite.persoon.Bevraging;
import nl.midoffice.simulator.legacysuite.persoon.Bevragingen;
import nl.midoffice.simulator.legacysuite.persoon.Persoon;
import nl.midoffice.simulator.legacysuite.persoon.PersoonRegister;
import nl.midoffice.simulator.support.Bsn;
import nl.midoffice.log.LogTekst;

/**
 * npsLv01 (StUF-BG 0310): looks a person up by BSN in the suite's own copy of person data and
 * answers npsLa01; an unknown BSN gets an empty antwoord, as for an unknown zaak.
 */
@Component
class PersoonVraagVerwerker {

    private static final Logger LOG = LoggerFactory.getLogger(PersoonVraagVerwerker.class);

    private final PersoonRegister register;
    private final Bevragingen bevragingen;
    private final StufBerichten berichten;
    private final Clock clock;

    PersoonVraagVerwerker(PersoonRegister register, Bevragingen bevragingen, StufBerichten berichten, Clock clock) {
        this.register = register;
        this.bevragingen = bevragingen;
        this.berichten = berichten;
        this.clock = clock;
    }

    String verwerk(SoapVerzoek verzoek, String aanvraagId, String correlationId) {
        verzoek.vereis(BG, "npsLv01");
        Stuurgegevens sg = verzoek.stuurgegevens();
        if (sg.berichtcode() != null && !"Lv01".equals(sg.berichtcode())) {
            throw StufFout.client(FoutCodes.ONGELDIG_GEGEVEN, "Onverwachte berichtcode",
                    "berichtcode moet Lv01 zijn, ontvangen " + sg.berichtcode());
        }
        if (sg.entiteittype() != null && !"NPS".equals(sg.entiteittype())) {
            throw StufFout.client(FoutCodes.NIET_ONDERSTEUND, "Entiteittype niet ondersteund",
                    "npsLv01 vraagt entiteittype NPS, ontvangen " + sg.entiteittype());
        }
        String bsn = bsn(verzoek);
        PersoonScope scope = PersoonScope.uit(verzoek.bericht());
        Optional<Persoon> persoon = register.zoek(bsn);
        String antwoord = berichten.bg(xml -> {
            xml.open("BG:npsLa01");
            berichten.stuurgegevens(xml, "BG:stuurgegevens", "La01", sg, x -> x.element("StUF:entiteittype", "NPS"));
            xml.open("BG:parameters").element("StUF:indicatorVervolgvraag", "false").sluit("BG:parameters");
            if (persoon.isEmpty()) {
                xml.leeg("BG:antwoord");
            } else {
                xml.open("BG:antwoord");
                NpsLa01Schrijver.object(xml, persoon.get(), scope);
                xml.sluit("BG:antwoord");
            }
            xml.sluit("BG:npsLa01");
        });
        bevragingen.registreer(new Bevraging(Bsn.gemaskeerd(bsn), persoon.isPresent(), aanvraagId, correlationId,
                sg.referentienummer(), clock.instant()));
        LOG.info("npsLv01 {}: {} (referentienummer {})", LogTekst.veilig(Bsn.gemaskeerd(bsn)),
                persoon.isPresent() ? "gevonden" : "onbekend", LogTekst.veilig(sg.referentienummer()));
        return antwoord;
    }

    private static String bsn(SoapVerzoek verzoek) {
        String bsn = Dom.tekst(Dom.pad(verzoek.bericht(), BG, "gelijk", "inp.bsn"));
        if (bsn == null) {
            throw StufFout.client(FoutCodes.ONGELDIG_GEGEVEN, "BSN ontbreekt",
                    "gelijk/inp.bsn is verplicht; deze suite zoekt personen alleen op BSN");
        }
        if (!Bsn.isGeldig(bsn)) {
            throw StufFout.client(FoutCodes.ONGELDIG_BSN, "Ongeldig BSN",
                    "inp.bsn voldoet niet aan de elfproef");
        }
        return bsn;
    }
}
