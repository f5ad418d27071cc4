package nl.midoffice.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Question: who is this person and where do they live (capability persoonsgegevens)? The adapter answers
 * with {@link PersoonOpgevraagd} on {@link Queues#PERSOONSGEGEVENS_RESULTATEN}.
 *
 * @param aanvraagId  the aanvraag the lookup is for; null for a lookup outside an aanvraag (prefilling a form)
 * @param bsn         the person asked about (personal data: never log it)
 * @param doel        the processing activity the lookup serves, e.g. {@code verhuizing}; the verwerkingenlogging
 *                    records it
 * @param schaduw     true for the copy sent to the new system while the capability is in {@code SHADOW}: its
 *                    answer is compared, never used
 */
public record PersoonOpvragen(
        String messageId,
        String correlationId,
        String aanvraagId,
        String gemeente,
        String bsn,
        String doel,
        boolean schaduw,
        Instant tijdstip) {

    public PersoonOpvragen {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(bsn, "bsn");
    }

    @Override
    public String toString() {
        return "PersoonOpvragen[messageId=" + messageId + ", aanvraagId=" + aanvraagId + ", gemeente=" + gemeente
                + ", doel=" + doel + ", schaduw=" + schaduw + "]";
    }
}
