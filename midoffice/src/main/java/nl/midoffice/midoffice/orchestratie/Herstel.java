package nl.midoffice.midoffice.orchestratie;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;

/**
 * The last line behind "a 202 is never lost": an aanvraag whose current step no back office has acknowledged
 * (still ONTVANGEN, not even VERTRAAGD; or registered and not taken by the permit service) long after its last
 * change gets that step's command in the outbox again, to the system the step was routed to, with a new message
 * id so duplicate detection lets it through. Sending twice is safe: back offices key zaken on the reference and
 * statuses only move forward. Each occurrence is logged as a warning and counted
 * ({@code midoffice_herstel_herzonden_total}), because it means a message went missing on the way.
 */
@Component
public class Herstel {

    private static final Logger log = LoggerFactory.getLogger(Herstel.class);
    private static final int BATCH = 100;

    private final AanvraagRepository aanvragen;
    private final Stappen stappen;
    private final MidofficeProperties properties;
    private final Counter herzonden;

    Herstel(AanvraagRepository aanvragen, Stappen stappen, MidofficeProperties properties, MeterRegistry meters) {
        this.aanvragen = aanvragen;
        this.stappen = stappen;
        this.properties = properties;
        this.herzonden = Counter.builder("midoffice.herstel.herzonden")
                .description("Aanvragen whose step the resend job sent again (a message went missing; expected 0)")
                .register(meters);
    }

    /** Returns how many aanvragen were sent again. */
    @Transactional
    public int herzend() {
        Instant nu = Instant.now();
        var onbevestigd = aanvragen.onbevestigdSinds(nu.minus(properties.herstel().na()), BATCH);
        int aantal = 0;
        for (var aanvraag : onbevestigd) {
            aanvragen.raakAan(aanvraag.id(), nu);
            if (stappen.herzend(aanvraag)) {
                aantal++;
                this.herzonden.increment();
                log.warn("Aanvraag {} at step {} unconfirmed {} after its last change: sent again", aanvraag.id(),
                        aanvraag.stap(), properties.herstel().na());
            }
        }
        return aantal;
    }
}
