package nl.midoffice.simulator.vergunningen.aanvraag;

/** The two possible decisions on a permit application. */
public enum Uitkomst {
    VERLEEND,
    AFGEWEZEN
}
