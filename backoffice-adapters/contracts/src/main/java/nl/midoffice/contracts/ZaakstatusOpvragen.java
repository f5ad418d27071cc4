package nl.midoffice.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Question: what is the current status of this zaak? Used for back offices that cannot push.
 *
 * @param zaakIdentificatie the identification the back office gave (or accepted) on registration
 * @param bekendeStatus     the status the mid-office already knows; the adapter reports only a different one, so
 *                          polling many open zaken does not flood the results queue
 */
public record ZaakstatusOpvragen(
        String messageId,
        String correlationId,
        String aanvraagId,
        String gemeente,
        String zaakIdentificatie,
        AanvraagStatus bekendeStatus,
        Instant tijdstip) {

    public ZaakstatusOpvragen {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(aanvraagId, "aanvraagId");
        Objects.requireNonNull(zaakIdentificatie, "zaakIdentificatie");
    }
}
