package nl.midoffice.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Answer to {@link PersoonOpvragen}, published on {@link Queues#PERSOONSGEGEVENS_RESULTATEN}. The
 * mid-office records every answer in its verwerkingenlogging, found or not.
 *
 * @param opdrachtId        the {@code messageId} of the question this answers
 * @param gevonden          false when the system does not know the BSN (not an error: a functional answer)
 * @param persoon           the person, null when not found
 * @param gevraagdeGegevens which data the adapter asked its system for (e.g. {@code naam}, {@code verblijfplaats}),
 *                          for the verwerkingenlogging
 * @param schaduw           copied from the question
 */
public record PersoonOpgevraagd(
        String messageId,
        String opdrachtId,
        String correlationId,
        String aanvraagId,
        String systeem,
        boolean gevonden,
        Persoon persoon,
        List<String> gevraagdeGegevens,
        boolean schaduw,
        Instant tijdstip) {

    public PersoonOpgevraagd {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(systeem, "systeem");
        gevraagdeGegevens = gevraagdeGegevens == null ? List.of() : List.copyOf(gevraagdeGegevens);
    }

    /** The answer to a question, with the question's ids and shadow flag. */
    public static PersoonOpgevraagd op(PersoonOpvragen vraag, String systeem, Persoon persoon,
            List<String> gevraagdeGegevens) {
        return new PersoonOpgevraagd(java.util.UUID.randomUUID().toString(), vraag.messageId(), vraag.correlationId(),
                vraag.aanvraagId(), systeem, persoon != null, persoon, gevraagdeGegevens, vraag.schaduw(),
                Instant.now());
    }

    @Override
    public String toString() {
        return "PersoonOpgevraagd[messageId=" + messageId + ", aanvraagId=" + aanvraagId + ", systeem=" + systeem
                + ", gevonden=" + gevonden + ", schaduw=" + schaduw + "]";
    }
}
