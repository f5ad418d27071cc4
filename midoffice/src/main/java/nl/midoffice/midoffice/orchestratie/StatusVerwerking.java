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
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.aanvraag.Producten;
import nl.midoffice.midoffice.capability.Routering;
import nl.midoffice.midoffice.capability.SchaduwVergelijkingen;
import nl.midoffice.midoffice.capability.StranglerRouter;
import nl.midoffice.midoffice.notificatie.StatusNotificaties;
import nl.midoffice.log.LogTekst;

/**
 * Applies what back offices report to the aanvraag. Only the system a step was routed to speaks for the citizen;
 * a shadow system's answers go to the comparison. Statuses only move forward, so a duplicate, a late poll answer
 * or a redelivered message changes nothing; every applied change is kept in the history and announced as a
 * CloudEvent, and a registered zaak moves the aanvraag to its next step, all in the same transaction.
 */
@Component
public class StatusVerwerking {

    private static final Logger log = LoggerFactory.getLogger(StatusVerwerking.class);
    private static final Map<AanvraagStatus, Integer> VOLGORDE = Map.of(
            AanvraagStatus.ONTVANGEN, 0,
            AanvraagStatus.VERTRAAGD, 0,
            AanvraagStatus.GEREGISTREERD, 1,
            AanvraagStatus.IN_BEHANDELING, 2,
            AanvraagStatus.AFGEHANDELD, 3,
            AanvraagStatus.AFGEWEZEN, 3);

    private final AanvraagRepository aanvragen;
    private final StatusNotificaties notificaties;
    private final StranglerRouter router;
    private final SchaduwVergelijkingen schaduw;
    private final Producten producten;
    private final Stappen stappen;
    private final ZaakReplicatie replicatie;

    StatusVerwerking(AanvraagRepository aanvragen, StatusNotificaties notificaties, StranglerRouter router,
            SchaduwVergelijkingen schaduw, Producten producten, Stappen stappen, ZaakReplicatie replicatie) {
        this.replicatie = replicatie;
        this.aanvragen = aanvragen;
        this.notificaties = notificaties;
        this.router = router;
        this.schaduw = schaduw;
        this.producten = producten;
        this.stappen = stappen;
    }

    /** Returns whether the status changed. */
    @Transactional
    public boolean verwerk(BackofficeResultaat resultaat) {
        UUID id = Stappen.aanvraagId(resultaat.aanvraagId());
        Aanvraag aanvraag = aanvragen.vindVoorWijziging(id)
                .orElseThrow(() -> new OnverwerkbaarBericht("Unknown aanvraag " + id));
        Capability capability = resultaat.capability();
        Optional<Routering> routering = router.routering(id, capability);
        if (routering.isPresent() && !resultaat.systeem().equals(routering.get().systeem())
                && replicatie.verwerk(resultaat, id)) {
            return false;
        }
        if (routering.isPresent() && resultaat.systeem().equals(routering.get().schaduwSysteem())) {
            beslissing(resultaat).ifPresent(b -> schaduw.antwoord(id, aanvraag.gemeente(), routering.get(), false, b));
            return false;
        }
        if (!spreektVoorBurger(resultaat, routering, aanvraag)) {
            log.info("Aanvraag {}: {} from {} ignored, {} is served by {}", id, resultaat.status(),
                    LogTekst.veilig(resultaat.systeem()), capability.id(),
                    routering.map(Routering::systeem).orElse("no system yet"));
            return false;
        }
        if (capability == Capability.VERGUNNINGEN && resultaat.status().isEindstatus()
                && (!Capability.VERGUNNINGEN.name().equals(aanvraag.stap()) || aanvraag.status().isEindstatus())) {
            // a decision for an aanvraag that waits for none, or a repeated one: it changes nothing
            log.warn("Aanvraag {}: permit decision {} from {} ignored, it waits for none (status {}, step {})", id,
                    resultaat.status(), resultaat.systeem(), aanvraag.status(), aanvraag.stap());
            return false;
        }
        if (routering.isPresent() && routering.get().heeftSchaduw()) {
            beslissing(resultaat).ifPresent(b -> schaduw.antwoord(id, aanvraag.gemeente(), routering.get(), true, b));
        }
        if (capability == Capability.ZAAKREGISTRATIE && resultaat.status().isEindstatus()
                && !producten.get(aanvraag.product()).stapNa(Capability.ZAAKREGISTRATIE).isEmpty()
                && VOLGORDE.get(aanvraag.status()) > 0) {
            // the decision of a product with a later step (a permit) comes from that step, not from the zaak
            log.info("Aanvraag {}: zaak status {} from {} left to the {} step", id, resultaat.status(),
                    LogTekst.veilig(resultaat.systeem()),
                    producten.get(aanvraag.product()).stapNa(capability).get().id());
            return false;
        }
        boolean gewijzigd = wijzig(aanvraag, resultaat.status(), resultaat.reden(), resultaat.systeem(),
                capability == Capability.ZAAKREGISTRATIE ? resultaat.systeem() : null,
                capability == Capability.ZAAKREGISTRATIE ? resultaat.zaakIdentificatie() : null,
                resultaat.tijdstip() != null ? resultaat.tijdstip() : Instant.now());
        volgendeStap(aanvraag, resultaat);
        return gewijzigd;
    }

    /** A zaak registered for the step that waits for it moves the aanvraag on; a refusal ends it. */
    private void volgendeStap(Aanvraag aanvraag, BackofficeResultaat resultaat) {
        if (!resultaat.capability().name().equals(aanvraag.stap())) {
            return;
        }
        if (resultaat.status() == AanvraagStatus.AFGEWEZEN || resultaat.status() == AanvraagStatus.AFGEHANDELD) {
            stappen.klaar(aanvraag);
        } else if (resultaat.capability() == Capability.ZAAKREGISTRATIE
                && resultaat.status() == AanvraagStatus.GEREGISTREERD) {
            var volgende = producten.get(aanvraag.product()).stapNa(Capability.ZAAKREGISTRATIE);
            if (volgende.isPresent()) {
                Aanvraag geregistreerd = aanvragen.vind(aanvraag.id()).orElseThrow();
                stappen.naarStap(geregistreerd, volgende.get());
            } else {
                stappen.klaar(aanvraag);
            }
        }
    }

    /**
     * Whether the system that reports speaks for the citizen: the system the step was routed to. Zaken registered
     * before the mid-office routed steps (no routing stored) keep their status source.
     */
    private static boolean spreektVoorBurger(BackofficeResultaat resultaat, Optional<Routering> routering,
            Aanvraag aanvraag) {
        if (routering.isPresent()) {
            return resultaat.systeem().equals(routering.get().systeem());
        }
        return resultaat.capability() == Capability.ZAAKREGISTRATIE
                && (aanvraag.zaakSysteem() == null || aanvraag.zaakSysteem().equals(resultaat.systeem()));
    }

    /** What a shadow run compares of a result: the outcome of a registration or of a permit decision. */
    static Optional<Map<String, String>> beslissing(BackofficeResultaat resultaat) {
        Map<String, String> beslissing = new LinkedHashMap<>();
        switch (resultaat.capability()) {
            case ZAAKREGISTRATIE -> {
                if (resultaat.status() != AanvraagStatus.GEREGISTREERD && resultaat.status() != AanvraagStatus.AFGEWEZEN) {
                    return Optional.empty();
                }
                beslissing.put("registratie", resultaat.status() == AanvraagStatus.GEREGISTREERD ? "geregistreerd" : "geweigerd");
            }
            case VERGUNNINGEN -> {
                if (!resultaat.status().isEindstatus()) {
                    return Optional.empty();
                }
                beslissing.put("besluit", resultaat.status() == AanvraagStatus.AFGEHANDELD ? "verleend" : "geweigerd");
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(beslissing);
    }

    /**
     * Changes the status of a locked aanvraag if that is progress: history, CloudEvent and the aanvraag itself.
     *
     * @param zaakSysteem       the system holding the zaak, when the change comes from zaakregistratie
     * @param zaakIdentificatie its identification there
     */
    boolean wijzig(Aanvraag aanvraag, AanvraagStatus status, String reden, String bron, String zaakSysteem,
            String zaakIdentificatie, Instant tijdstip) {
        if (!isVooruitgang(aanvraag.status(), status)) {
            return false;
        }
        aanvragen.wijzigStatus(aanvraag.id(), status, reden, zaakSysteem, zaakIdentificatie, tijdstip);
        aanvragen.voegStatusToe(aanvraag.id(), status, reden, bron, tijdstip);
        var event = notificaties.statusGewijzigd(aanvraag, aanvraag.status(), status, reden, tijdstip);
        log.info("Aanvraag {} {} -> {} (reported by {}), event {}", aanvraag.id(), aanvraag.status(), status,
                LogTekst.veilig(bron), event.id());
        return true;
    }

    static boolean isVooruitgang(AanvraagStatus huidig, AanvraagStatus nieuw) {
        if (huidig.isEindstatus()) {
            return false;
        }
        if (nieuw == AanvraagStatus.VERTRAAGD) {
            return huidig == AanvraagStatus.ONTVANGEN;
        }
        return VOLGORDE.get(nieuw) > VOLGORDE.get(huidig);
    }
}
