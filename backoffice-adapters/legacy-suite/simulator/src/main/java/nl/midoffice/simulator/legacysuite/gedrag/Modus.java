package nl.midoffice.simulator.legacysuite.gedrag;

/** How the simulated suite's protocol endpoints behave; the control API and werkbak stay up in every mode. */
public enum Modus {
    /** Answers as a healthy suite does. */
    NORMAAL,
    /** Out of order: every protocol call gets HTTP 503 and nothing is processed. */
    STORING,
    /** Slow: every protocol call waits before it is processed. */
    TRAAG
}
