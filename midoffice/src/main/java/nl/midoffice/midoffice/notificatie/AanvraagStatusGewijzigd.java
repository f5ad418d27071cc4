package nl.midoffice.midoffice.notificatie;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import nl.midoffice.contracts.AanvraagStatus;

/**
 * Integration event: the status of an aanvraag changed (its first status, ONTVANGEN, included). It names the
 * aanvraag by id and never carries its aanvrager: whoever needs the citizen looks the aanvraag up.
 *
 * @param id           unique per event; the CloudEvent {@code id} and the outbox message id
 * @param aangemaaktOp when the mid-office applied the change (the CloudEvent {@code time})
 * @param vorigeStatus null for the first status
 * @param toelichting  e.g. the reason of a refusal, readable by the citizen; may be null
 * @param tijdstip     the status's own time as kept in the history (a back office may report it)
 */
public record AanvraagStatusGewijzigd(
        UUID id,
        Instant aangemaaktOp,
        UUID aanvraagId,
        String referentie,
        String product,
        String gemeente,
        AanvraagStatus status,
        AanvraagStatus vorigeStatus,
        String toelichting,
        Instant tijdstip) {

    public AanvraagStatusGewijzigd {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(aangemaaktOp, "aangemaaktOp");
        Objects.requireNonNull(aanvraagId, "aanvraagId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tijdstip, "tijdstip");
    }
}
