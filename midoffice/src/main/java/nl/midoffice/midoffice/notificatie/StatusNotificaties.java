package nl.midoffice.midoffice.notificatie;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.StatusAankondiging;
import nl.midoffice.midoffice.outbox.OutboxRepository;

/**
 * Announces status changes: each one becomes a CloudEvent in the outbox, stored in the transaction that
 * changes the status, so a change is announced if and only if it is committed.
 */
@Component
public class StatusNotificaties implements StatusAankondiging {

    private final OutboxRepository outbox;
    private final NotificatieProperties properties;
    private final Clock clock = Clock.systemUTC();

    StatusNotificaties(OutboxRepository outbox, NotificatieProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    /**
     * Must run inside the transaction that applies the change.
     *
     * @param aanvraag     the aanvraag as it was before the change ({@code vorigeStatus} is taken from it),
     *                     or as just stored for its first status
     * @param vorigeStatus null for the first status
     */
    public AanvraagStatusGewijzigd statusGewijzigd(Aanvraag aanvraag, AanvraagStatus vorigeStatus,
            AanvraagStatus status, String toelichting, Instant tijdstip) {
        AanvraagStatusGewijzigd event = new AanvraagStatusGewijzigd(UUID.randomUUID(), clock.instant(), aanvraag.id(),
                aanvraag.referentie(), aanvraag.product(), aanvraag.gemeente(), status, vorigeStatus, toelichting,
                tijdstip);
        outbox.plaats(OutboxRepository.topic(StatusCloudEvents.TOPIC), event.id(),
                StatusCloudEvents.naarCloudEvent(event, properties.oin()), aanvraag.correlationId(), aanvraag.id());
        return event;
    }

    @Override
    public void eersteStatus(Aanvraag aanvraag, Instant tijdstip) {
        statusGewijzigd(aanvraag, null, AanvraagStatus.ONTVANGEN, null, tijdstip);
    }
}
