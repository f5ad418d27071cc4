package nl.midoffice.midoffice.orchestratie;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.notificatie.StatusNotificaties;

/**
 * Applies what back offices report to the aanvraag. Statuses only move forward, so a duplicate, a late
 * poll answer or a redelivered message changes nothing; every applied change is kept in the history and
 * announced as a CloudEvent, in the same transaction.
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

    StatusVerwerking(AanvraagRepository aanvragen, StatusNotificaties notificaties) {
        this.aanvragen = aanvragen;
        this.notificaties = notificaties;
    }

    /** Returns whether the status changed. */
    @Transactional
    public boolean verwerk(BackofficeResultaat resultaat) {
        UUID id = Orchestratie.aanvraagId(resultaat.aanvraagId());
        Aanvraag aanvraag = aanvragen.vindVoorWijziging(id)
                .orElseThrow(() -> new OnverwerkbaarBericht("Unknown aanvraag " + id));
        if (!isVooruitgang(aanvraag.status(), resultaat.status())) {
            return false;
        }
        var tijdstip = resultaat.tijdstip() != null ? resultaat.tijdstip() : java.time.Instant.now();
        aanvragen.wijzigStatus(id, resultaat.status(), resultaat.reden(), resultaat.systeem(),
                resultaat.zaakIdentificatie(), tijdstip);
        aanvragen.voegStatusToe(id, resultaat.status(), resultaat.reden(), resultaat.systeem(), tijdstip);
        var event = notificaties.statusGewijzigd(aanvraag, aanvraag.status(), resultaat.status(), resultaat.reden(),
                tijdstip);
        log.info("Aanvraag {} {} -> {} (reported by {}), event {}", id, aanvraag.status(), resultaat.status(),
                resultaat.systeem(), event.id());
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
