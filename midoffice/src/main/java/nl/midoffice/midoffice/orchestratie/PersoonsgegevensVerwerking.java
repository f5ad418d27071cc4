package nl.midoffice.midoffice.orchestratie;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Persoon;
import nl.midoffice.contracts.PersoonOpgevraagd;
import nl.midoffice.contracts.Woonadres;
import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.capability.Routering;
import nl.midoffice.midoffice.capability.SchaduwVergelijkingen;
import nl.midoffice.midoffice.capability.StranglerRouter;
import nl.midoffice.midoffice.verwerking.Verwerkingen;

import tools.jackson.databind.json.JsonMapper;
import nl.midoffice.log.LogTekst;

/**
 * Applies the answer of a person lookup: records it in the verwerkingenlogging (every answer, also a shadow
 * system's), compares it in a shadow run, and — for the system the step was routed to — checks that the
 * applicant lives in the municipality and then that the co-movers live with them ({@link Meeverhuizers}), and moves the
 * aanvraag to its next step, or refuses it with a reason.
 */
@Component
public class PersoonsgegevensVerwerking {

    private static final Logger log = LoggerFactory.getLogger(PersoonsgegevensVerwerking.class);

    private final AanvraagRepository aanvragen;
    private final StranglerRouter router;
    private final SchaduwVergelijkingen schaduw;
    private final Verwerkingen verwerkingen;
    private final Stappen stappen;
    private final StatusVerwerking status;
    private final MidofficeProperties properties;
    private final Meeverhuizers meeverhuizers;
    private final JsonMapper json;

    PersoonsgegevensVerwerking(AanvraagRepository aanvragen, StranglerRouter router, SchaduwVergelijkingen schaduw,
            Verwerkingen verwerkingen, Stappen stappen, StatusVerwerking status,
            MidofficeProperties properties, Meeverhuizers meeverhuizers, JsonMapper json) {
        this.aanvragen = aanvragen;
        this.router = router;
        this.schaduw = schaduw;
        this.verwerkingen = verwerkingen;
        this.stappen = stappen;
        this.status = status;
        this.properties = properties;
        this.meeverhuizers = meeverhuizers;
        this.json = json;
    }

    @Transactional
    public void verwerk(PersoonOpgevraagd antwoord) {
        if (antwoord.aanvraagId() == null) {
            // a lookup to prefill a form: the caller records it; this records it if the caller gave up waiting
            if (antwoord.gevonden() && antwoord.persoon() != null) {
                verwerkingen.legVast(antwoord, antwoord.persoon().bsn(), antwoord.persoon().gemeenteVanInschrijving(),
                        null, null, null);
            }
            return;
        }
        UUID id = Stappen.aanvraagId(antwoord.aanvraagId());
        Aanvraag aanvraag = aanvragen.vindVoorWijziging(id)
                .orElseThrow(() -> new OnverwerkbaarBericht("Unknown aanvraag " + id));
        var meeverhuizer = meeverhuizers.opvraging(antwoord.opdrachtId());
        if (meeverhuizer.isPresent()) {
            meeverhuizers.verwerk(antwoord, meeverhuizer.get(), aanvraag);
            return;
        }
        verwerkingen.legVast(antwoord, aanvraag.aanvragerBsn(), aanvraag.gemeente(), aanvraag.product(), id,
                aanvraag.referentie());
        Optional<Routering> routering = router.routering(id, Capability.PERSOONSGEGEVENS);
        if (routering.isEmpty()) {
            log.warn("Aanvraag {}: a person lookup answer from {} for a step never routed, ignored", id,
                    LogTekst.veilig(antwoord.systeem()));
            return;
        }
        if (antwoord.systeem().equals(routering.get().schaduwSysteem())) {
            schaduw.antwoord(id, aanvraag.gemeente(), routering.get(), false, genormaliseerd(antwoord));
            return;
        }
        if (!antwoord.systeem().equals(routering.get().systeem())) {
            log.info("Aanvraag {}: person lookup answer from {} ignored, persoonsgegevens is served by {}", id,
                    LogTekst.veilig(antwoord.systeem()), routering.get().systeem());
            return;
        }
        if (routering.get().heeftSchaduw()) {
            schaduw.antwoord(id, aanvraag.gemeente(), routering.get(), true, genormaliseerd(antwoord));
        }
        if (!Capability.PERSOONSGEGEVENS.name().equals(aanvraag.stap())) {
            return; // answered before: a redelivery or a resend
        }
        String weigering = weigering(antwoord, aanvraag);
        if (weigering != null) {
            status.wijzig(aanvraag, AanvraagStatus.AFGEWEZEN, weigering, antwoord.systeem(), null, null, Instant.now());
            stappen.klaar(aanvraag);
            return;
        }
        aanvragen.bewaarPersoon(id, json.writeValueAsString(antwoord.persoon()));
        if (!meeverhuizers.vraagOp(aanvraag, antwoord.systeem())) {
            stappen.verder(aanvraag, Capability.PERSOONSGEGEVENS);
        }
    }

    /** Why the aanvraag cannot go on with this person, in words for the citizen; null when it can. */
    String weigering(PersoonOpgevraagd antwoord, Aanvraag aanvraag) {
        String gemeente = properties.gemeenten().getOrDefault(aanvraag.gemeente(), aanvraag.gemeente());
        if (!antwoord.gevonden() || antwoord.persoon() == null) {
            return "Wij konden uw persoonsgegevens niet vinden. Neem contact op met de gemeente " + gemeente + ".";
        }
        if (!aanvraag.gemeente().equals(antwoord.persoon().gemeenteVanInschrijving())) {
            return "Volgens onze gegevens woont u niet in de gemeente " + gemeente
                    + ". Deze aanvraag is alleen voor inwoners van " + gemeente + ".";
        }
        return null;
    }

    /** What a shadow run compares of a person: found or not, names, birth date, address, municipality (no BSN). */
    static Map<String, String> genormaliseerd(PersoonOpgevraagd antwoord) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("gevonden", Boolean.toString(antwoord.gevonden()));
        Persoon p = antwoord.persoon();
        if (p != null) {
            velden.put("voornamen", schoon(p.voornamen()));
            velden.put("voorvoegsel", schoon(p.voorvoegsel()));
            velden.put("geslachtsnaam", schoon(p.geslachtsnaam()));
            velden.put("geboortedatum", schoon(p.geboortedatum()));
            velden.put("gemeenteVanInschrijving", schoon(p.gemeenteVanInschrijving()));
            Woonadres a = p.adres();
            if (a != null) {
                velden.put("adres.straat", schoon(a.straat()));
                velden.put("adres.huisnummer", a.huisnummer() == null ? "" : a.huisnummer().toString());
                velden.put("adres.huisletter", schoon(a.huisletter()));
                velden.put("adres.huisnummertoevoeging", schoon(a.huisnummertoevoeging()));
                velden.put("adres.postcode", schoon(a.postcode()).replace(" ", "").toUpperCase());
                velden.put("adres.woonplaats", schoon(a.woonplaats()));
            }
        }
        return velden;
    }

    private static String schoon(String waarde) {
        return waarde == null ? "" : waarde.strip();
    }
}
