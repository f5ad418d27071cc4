package nl.midoffice.simulator.support.gedrag;

/**
 * How a simulator's protocol endpoints behave; the control API, the simulator's page and health stay up in
 * every mode.
 */
public enum Modus {
    /** Answers as a healthy back office does. */
    NORMAAL,
    /** Out of order: every protocol call gets HTTP 503 and nothing is processed. */
    STORING,
    /** Slow: every protocol call waits before it is processed. */
    TRAAG
}
