package nl.midoffice.midoffice.orchestratie;

import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.aanvraag.AanvraagOntvangen;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.outbox.OutboxRepository;

/**
 * The last line behind "a 202 is never lost": an aanvraag that no back office has reported on (still
 * ONTVANGEN, not even VERTRAAGD) long after intake is put in the outbox again, with a new message id so
 * duplicate detection lets it through. Sending twice is safe: back offices key zaken on the reference and
 * statuses only move forward. Each occurrence is logged as a warning, because it means a message went
 * missing on the way (seen once in a hundred runs after a SIGKILL of the mid-office with its embedded broker).
 */
@Component
public class Herstel {

    private static final Logger log = LoggerFactory.getLogger(Herstel.class);
    private static final int BATCH = 100;

    private final AanvraagRepository aanvragen;
    private final OutboxRepository outbox;
    private final MidofficeProperties properties;

    Herstel(AanvraagRepository aanvragen, OutboxRepository outbox, MidofficeProperties properties) {
        this.aanvragen = aanvragen;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Returns how many aanvragen were sent again. */
    @Transactional
    public int herzend() {
        Instant nu = Instant.now();
        var onbevestigd = aanvragen.onbevestigdSinds(nu.minus(properties.herstel().na()), BATCH);
        for (var aanvraag : onbevestigd) {
            UUID messageId = UUID.randomUUID();
            outbox.plaats(Queues.AANVRAGEN_ONTVANGEN, messageId, new AanvraagOntvangen(messageId.toString(),
                    aanvraag.correlationId(), aanvraag.id().toString(), aanvraag.product(), aanvraag.gemeente(), nu),
                    aanvraag.correlationId(), aanvraag.id());
            aanvragen.raakAan(aanvraag.id(), nu);
            log.warn("Aanvraag {} still ONTVANGEN {} after its last change: sent again", aanvraag.id(),
                    properties.herstel().na());
        }
        return onbevestigd.size();
    }
}
