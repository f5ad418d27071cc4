package nl.midoffice.simulator.brp.gedrag;

/**
 * The current failure mode.
 *
 * @param vertragingMs delay before processing in TRAAG mode
 * @param foutkans     probability (0.0–1.0) that a protocol call fails technically (HTTP 500, problem+json)
 */
public record Gedrag(Modus modus, long vertragingMs, double foutkans) {
}
