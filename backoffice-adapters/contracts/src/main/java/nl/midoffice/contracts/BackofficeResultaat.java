package nl.midoffice.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Event: a back office reported something about an aanvraag — it registered the zaak, refused it,
 * or the zaak's status changed. Adapters publish it on {@link Queues#BACKOFFICE_RESULTATEN}.
 *
 * @param systeem            which back office answered, e.g. {@code legacy-suite} ({@link Systemen})
 * @param capability         what the result is about: {@link Capability#ZAAKREGISTRATIE} (registered, refused, the
 *                           zaak's status changed) or {@link Capability#VERGUNNINGEN} (a permit decision)
 * @param status             the status the aanvraag has according to the back office
 * @param zaakIdentificatie  the zaak's identification in that back office, when known
 * @param reden              for {@link AanvraagStatus#AFGEWEZEN}: a reason a citizen can read
 * @param tijdstip           when the back office set the status (or answered)
 * @param schaduw            copied from the command: the answer of a shadow call, compared and never applied
 */
public record BackofficeResultaat(
        String messageId,
        String correlationId,
        String aanvraagId,
        String systeem,
        Capability capability,
        AanvraagStatus status,
        String zaakIdentificatie,
        String reden,
        Instant tijdstip,
        boolean schaduw) {

    public BackofficeResultaat {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(aanvraagId, "aanvraagId");
        Objects.requireNonNull(systeem, "systeem");
        Objects.requireNonNull(status, "status");
        capability = capability == null ? Capability.ZAAKREGISTRATIE : capability;
    }
}
