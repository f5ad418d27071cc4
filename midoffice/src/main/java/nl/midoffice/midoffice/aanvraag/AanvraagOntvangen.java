package nl.midoffice.midoffice.aanvraag;

import java.time.Instant;

/**
 * Event, stored in the outbox with the aanvraag and published to {@code midoffice.aanvragen.ontvangen}:
 * an aanvraag was accepted. It carries ids only; the orchestration reads the rest from the database.
 */
public record AanvraagOntvangen(String messageId, String correlationId, String aanvraagId, String product,
        String gemeente, Instant tijdstip) {
}
