package nl.midoffice.simulator.legacysuite.zaak;

/** Transport facts of a delivery, kept so a demo can follow one request end to end. */
public record Aflevering(String correlationId, String traceparent, String referentienummer) {
}
