package nl.midoffice.simulator.vergunningen.gedrag;

/** How the simulated service's API ({@code /api/**}) behaves; the control API and the page stay up in every mode. */
public enum Modus {
    /** Answers as a healthy service does. */
    NORMAAL,
    /** Out of order: every API call gets HTTP 503 and nothing is processed. */
    STORING,
    /** Slow: every API call waits before it is processed. */
    TRAAG
}
