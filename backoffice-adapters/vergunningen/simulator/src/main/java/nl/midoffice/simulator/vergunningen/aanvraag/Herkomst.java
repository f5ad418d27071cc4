package nl.midoffice.simulator.vergunningen.aanvraag;

/** Transport facts of the first delivery, kept so a demo can follow one request end to end. */
public record Herkomst(String aanvraagId, String correlationId) {
}
