package nl.midoffice.simulator.legacysuite.gedrag;

/**
 * The current failure mode.
 *
 * @param vertragingMs delay before processing in TRAAG mode
 * @param foutkans     probability (0.0–1.0) that a protocol call fails technically (Fo03, plek server)
 */
public record Gedrag(Modus modus, long vertragingMs, double foutkans) {
}
