package nl.midoffice.simulator.vergunningen.aanvraag;

/** Outcome of offering an application to the register. */
public enum Registratie {
    /** A new application was taken in; its decision is planned. */
    NIEUW,
    /** The same application (same referentie, same content) arrived again: nothing new was created. */
    HERHALING,
    /** The referentie is taken by an application with other content. */
    CONFLICT
}
