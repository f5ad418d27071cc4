package nl.midoffice.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Command: decide on a permit for an aanvraag (capability vergunningen). The adapter reports with
 * {@link BackofficeResultaat}s of capability {@link Capability#VERGUNNINGEN}: {@code IN_BEHANDELING} when its
 * system took the application, later {@code AFGEHANDELD} (granted, {@code reden} says so) or {@code AFGEWEZEN}
 * with the reason.
 *
 * @param referentie         the reference the citizen sees; systems key the application on it (idempotency)
 * @param product            e.g. {@code parkeervergunning}
 * @param aanvragerBsn       personal data: never log it
 * @param kenteken           licence plate, upper case without dashes ({@code AB123C})
 * @param ingangsdatum       ISO date the permit should start
 * @param adres              where the applicant lives, from the person lookup
 * @param zaakIdentificatie  the zaak registered for the aanvraag, in the system that registered it
 * @param schaduw            true for the copy sent to the new system while the capability is in {@code SHADOW}
 */
public record VergunningAanvragen(
        String messageId,
        String correlationId,
        String aanvraagId,
        String referentie,
        String gemeente,
        String product,
        String aanvragerBsn,
        String kenteken,
        String ingangsdatum,
        Woonadres adres,
        String zaakIdentificatie,
        boolean schaduw,
        Instant tijdstip) {

    public VergunningAanvragen {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(aanvraagId, "aanvraagId");
        Objects.requireNonNull(referentie, "referentie");
    }

    @Override
    public String toString() {
        return "VergunningAanvragen[messageId=" + messageId + ", aanvraagId=" + aanvraagId + ", referentie="
                + referentie + ", gemeente=" + gemeente + ", schaduw=" + schaduw + "]";
    }
}
