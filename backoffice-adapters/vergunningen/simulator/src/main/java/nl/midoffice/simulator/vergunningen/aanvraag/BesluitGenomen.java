package nl.midoffice.simulator.vergunningen.aanvraag;

/** Published once per application when it is decided, by the rules or by a clerk. */
public record BesluitGenomen(String aanvraagId) {
}
