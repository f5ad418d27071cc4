package nl.midoffice.simulator.support.gedrag;

/**
 * The current failure mode.
 *
 * @param vertragingMs delay before processing in TRAAG mode
 * @param foutkans     probability (0.0–1.0) that a protocol call fails technically (HTTP 500, in the error
 *                     format of the simulator's protocol: see {@link StoringAntwoord#fout})
 */
public record Gedrag(Modus modus, long vertragingMs, double foutkans) {
}
