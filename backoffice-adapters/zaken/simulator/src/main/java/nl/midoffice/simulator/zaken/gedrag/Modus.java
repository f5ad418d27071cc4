package nl.midoffice.simulator.zaken.gedrag;

/** How the simulated APIs behave; the control API and the web page stay up in every mode. */
public enum Modus {
    /** Answers as a healthy zaaksysteem does. */
    NORMAAL,
    /** Out of order: every API call gets HTTP 503 and nothing is processed. */
    STORING,
    /** Slow: every API call waits before it is processed. */
    TRAAG
}
