package nl.midoffice.simulator.brp.gedrag;

/** How the simulated BRP's protocol endpoint behaves; the control API and the web page stay up in every mode. */
public enum Modus {
    /** Answers as a healthy BRP API does. */
    NORMAAL,
    /** Out of order: every protocol call gets HTTP 503 and nothing is processed. */
    STORING,
    /** Slow: every protocol call waits before it is processed. */
    TRAAG
}
