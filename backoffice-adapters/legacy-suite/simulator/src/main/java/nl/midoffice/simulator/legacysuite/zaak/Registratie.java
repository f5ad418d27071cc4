package nl.midoffice.simulator.legacysuite.zaak;

/** Outcome of offering a zaak to the register. */
public enum Registratie {
    /** A new zaak was created. */
    AANGEMAAKT,
    /** The same zaak arrived again (same identificatie and initiator): nothing new was created. */
    HERHALING,
    /** The identificatie is taken by a zaak of another initiator. */
    CONFLICT
}
